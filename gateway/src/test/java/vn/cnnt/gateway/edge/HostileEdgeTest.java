package vn.cnnt.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.cnnt.gateway.Callers.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.Callers;
import vn.cnnt.gateway.FakeServices;
import vn.cnnt.gateway.GatewayTestResource;

/** Hostile input at the edge: every answer is a problem with the request id, and nothing bypasses the gateway. */
@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileEdgeTest {

    @AfterEach
    void restoreServices() {
        Callers.awaitEveryRouteWorking();
    }

    @Test
    void shouldRebuildLocationOnTheAddressTheCallerUsed() {
        FakeServices.plans()
                .respond(request -> request.response()
                        .setStatusCode(201)
                        .putHeader("Location", "http://127.0.0.1:8081/api/v1/plans/42?x=1")
                        .end());

        String location = as("creator")
                .when()
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");

        // The host the caller used (RestAssured's base), never the service's own address.
        assertThat(location)
                .isEqualTo(
                        RestAssured.baseURI.replaceFirst("/$", "") + ":" + RestAssured.port + "/api/v1/plans/42?x=1");
    }

    @Test
    void shouldCarryTheRequestIdInABadGatewayProblem() {
        FakeServices.funding().respond(request -> request.connection().close());

        as("broken-off")
                .header("X-Request-Id", "bad-gateway-1")
                .when()
                .get("/api/v1/funding/envelopes")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .header("X-Request-Id", "bad-gateway-1")
                .body("requestId", equalTo("bad-gateway-1"));
    }

    @Test
    void shouldServeOcopReferenceDataWithoutTokenAsTheServiceDoes() {
        for (String path : new String[] {"categories", "regimes", "criteria-sets", "criteria-sets/abc"}) {
            given().when().get("/api/v1/ocop/" + path).then().statusCode(200);
        }
        given().when().get("/api/v1/ocop/criteria-sets/abc/history").then().statusCode(401);
        given().when().post("/api/v1/ocop/criteria-sets").then().statusCode(401);
    }

    @Test
    void shouldAnswerAMalformedPercentEscapeWithAProblem() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String answer = raw("GET /api/v1/plans/%zz HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: esc-2\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
            assertThat(answer).contains("\"requestId\":\"esc-2\"");
        });
    }

    @Test
    void shouldAnswerAnOverlongRequestLineWithAProblem() throws Exception {
        String answer = raw("GET /api/v1/plans?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Request-Id: long-2\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 414");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"requestId\":\"long-2\"");
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.io.IOException reset) {
                // a reset after the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
