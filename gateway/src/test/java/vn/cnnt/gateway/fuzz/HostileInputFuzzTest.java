package vn.cnnt.gateway.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.Callers;
import vn.cnnt.gateway.GatewayTestResource;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.kit.testing.fuzz.OpenApiFuzz;

/**
 * Requests generated from the gateway's own OpenAPI document (province overview, reference data, status), from the
 * documents of the routed services as the docs portal serves them, and from the portal's document paths, each with one
 * hostile change: no 5xx, and every error a problem+json with its request id. The services are the stand-ins of
 * {@link GatewayTestResource}; the callers are many clients of Cao Bằng (04), so the rate limit of one never decides.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileInputFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROVINCE = "04";
    private static final List<String> PORTAL_DOCUMENTS = List.of("plans", "funding", "ocop", "cluster");

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    @AfterEach
    void servicesUp() {
        Callers.awaitEveryRouteWorking();
    }

    @Test
    void shouldAnswerEveryGeneratedRequestWithAProblemOrSuccess() throws Exception {
        ObjectNode document = (ObjectNode) OpenApiFuzz.servedDocument(base);
        ObjectNode paths = document.withObject("/paths");
        for (String service : PORTAL_DOCUMENTS) {
            JsonNode routed = portalDocument(service);
            for (Iterator<Map.Entry<String, JsonNode>> it = routed.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                paths.set(path.getKey(), path.getValue());
            }
        }
        paths.set("/docs/openapi/{service}", portalOperation());

        List<String> tokens = new ArrayList<>();
        IntStream.range(0, 20)
                .forEach(i -> tokens.add(Tokens.of("fuzz-" + i, PROVINCE, "approver", "officer", "viewer")));
        tokens.add(Tokens.viewer(PROVINCE));
        tokens.add(Tokens.ministry());

        OpenApiFuzz.check(OpenApiFuzz.of(base, tokens).province(PROVINCE).document(document));
    }

    private JsonNode portalDocument(String service) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/docs/openapi/" + service))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the portal has no document of " + service + ": " + answer.statusCode());
        }
        return JSON.readTree(answer.body());
    }

    /** The portal's document of one service: a GET whose only parameter names the service. */
    private static JsonNode portalOperation() {
        ObjectNode get = JSON.createObjectNode();
        get.put("operationId", "portalDocument");
        ObjectNode parameter = get.putArray("parameters").addObject();
        parameter.put("name", "service").put("in", "path").put("required", true);
        ObjectNode schema = parameter.putObject("schema").put("type", "string");
        PORTAL_DOCUMENTS.forEach(schema.putArray("enum")::add);
        ObjectNode path = JSON.createObjectNode();
        path.set("get", get);
        return path;
    }
}
