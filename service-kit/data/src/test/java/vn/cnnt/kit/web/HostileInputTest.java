package vn.cnnt.kit.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;

/** Each class of hostile input gets a problem (never a 500, never an empty body), with the request id. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class HostileInputTest {

    @TestHTTPResource("/")
    URL base;

    private static Response post(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/test/hostile/x");
    }

    private static void assertProblem(Response r, int status, String slug) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/" + slug);
        assertThat(r.jsonPath().getString("requestId")).isNotBlank();
    }

    @Test
    void shouldRefuseADuplicatedMemberWith400() {
        assertProblem(post("{\"name\":\"a\",\"name\":\"b\"}"), 400, "malformed-request");
        Response one = given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"name\":\"b\"}")
                .post("/test/hostile/one");
        assertProblem(one, 400, "malformed-request");
    }

    @Test
    void shouldRefuseLaxJsonWith400() {
        assertProblem(post("{\"name\":\"a\"} 1"), 400, "malformed-request");
        assertProblem(post("{\"name\":1}"), 400, "malformed-request");
        assertProblem(post("{\"name\":true}"), 400, "malformed-request");
        assertProblem(post("{\"status\":\" DRAFT\"}"), 400, "malformed-request");
        assertProblem(post("{\"status\":0}"), 400, "malformed-request");
        assertProblem(post("{\"amountVnd\":9223372036854775808}"), 400, "malformed-request");
    }

    @Test
    void shouldRefuseMoneyAboveTheBound() {
        Response r = post("{\"amountVnd\":1000000000000001}");
        assertProblem(r, 422, "validation-failed");
        assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("amountVnd");
        assertProblem(post("{\"amountVnd\":-1}"), 422, "validation-failed");
        assertThat(post("{\"amountVnd\":1000000000000000}").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseABodyWithoutContentType() {
        Response r = given().body("{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8))
                .post("/test/hostile/x");
        assertProblem(r, 415, "unsupported-media-type");
    }

    @Test
    void shouldRefuseControlCharactersNamingTheField() {
        Response body = post("{\"name\":\"a\\u0000b\"}");
        assertProblem(body, 422, "validation-failed");
        assertThat(body.jsonPath().getString("errors[0].field")).isEqualTo("name");

        Response query = given().urlEncodingEnabled(false).get("/test/hostile/x?q=a%00b");
        assertProblem(query, 422, "validation-failed");
        assertThat(query.jsonPath().getString("errors[0].field")).isEqualTo("q");

        Response path = given().urlEncodingEnabled(false).get("/test/hostile/a%00b");
        assertProblem(path, 422, "validation-failed");
        assertThat(path.jsonPath().getString("errors[0].field")).isEqualTo("name");

        assertThat(given().urlEncodingEnabled(false)
                        .get("/test/hostile/a%09b?q=tab%09ok")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseTextOverTheDocumentedMaxLengthNamingTheField() {
        String longest = "a".repeat(vn.cnnt.kit.json.StrictJson.MAX_TEXT_LENGTH);
        Response body = post("{\"name\":\"" + longest + "a\"}");
        assertProblem(body, 422, "validation-failed");
        assertThat(body.jsonPath().getString("errors[0].field")).isEqualTo("name");
        assertThat(post("{\"name\":\"" + longest + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseImplausibleDatesNamingTheField() {
        for (String date : new String[] {"+999999999-12-31", "0000-01-01", "1899-12-31"}) {
            Response r = post("{\"date\":\"" + date + "\"}");
            assertProblem(r, 422, "validation-failed");
            assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("date");
        }
    }

    @Test
    void shouldRefuseTheWildcardAndWeakTagsOnIfMatch() {
        assertProblem(given().header("If-Match", "*").post("/test/hostile/x/approval"), 428, "precondition-required");
        assertProblem(
                given().header("If-Match", "W/\"0\"").post("/test/hostile/x/approval"), 412, "precondition-failed");
        assertThat(given().header("If-Match", "\"0\"")
                        .post("/test/hostile/x/approval")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldNameTheBearerSchemeOn401() {
        Response r = given().get("/test/hostile/secured/thing");
        assertProblem(r, 401, "unauthenticated");
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        Response bad = given().auth().oauth2("not-a-token").get("/test/hostile/secured/thing");
        assertProblem(bad, 401, "unauthenticated");
        assertThat(bad.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        assertProblem(given().get("/no/such/thing"), 404, "not-found");
    }

    @Test
    void shouldAnswerAMalformedPercentEscapeWithAProblem() {
        // The handler is installed on every server instance once they all listen (InvalidRequests).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String target : new String[] {"/test/hostile/%zz?q=%G1", "/test/hostile/x?q=%", "/test/%E"}) {
                String answer = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nX-Request-Id: esc-1\r\n"
                        + "Connection: close\r\n\r\n");
                assertRawProblem(answer, 400, "esc-1");
            }
        });
    }

    @Test
    void shouldAnswerAnOverlongRequestLineWithAProblem() throws Exception {
        String answer = raw("GET /test/hostile/x?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n"
                + "X-Request-Id: long-1\r\nConnection: close\r\n\r\n");
        assertRawProblem(answer, 414, "long-1");
    }

    @Test
    void shouldAnswerABodyOverTheLimitWithAProblemCarryingTheRequestId() {
        Response r = given().contentType(ContentType.JSON)
                .header("X-Request-Id", "too-big-1")
                .body("{\"name\":\"" + "a".repeat(1_100_000) + "\"}")
                .post("/test/hostile/x");
        assertProblem(r, 413, "payload-too-large");
        assertThat(r.jsonPath().getString("requestId")).isEqualTo("too-big-1");
    }

    @Test
    void shouldAnswerAnOverlongChunkedBodyWithAProblem() throws Exception {
        StringBuilder request = new StringBuilder("POST /test/hostile/x HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nX-Request-Id: big-1\r\n"
                + "Connection: close\r\n\r\n");
        String chunk = "a".repeat(64 * 1024);
        String start = "{\"name\":\"";
        request.append(Integer.toHexString(start.length()))
                .append("\r\n")
                .append(start)
                .append("\r\n");
        for (int i = 0; i < 40; i++) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("2\r\n\"}\r\n0\r\n\r\n");
        assertRawProblem(raw(request.toString()), 413, "big-1");
    }

    @Test
    void shouldReadBodiesOverHttp11AndHttp2Alike() throws Exception {
        // A body read before REST starts breaks an HTTP/2 request (REST pauses every request, and a read HTTP/2
        // stream refuses that): this caught an attempt to read every body on the event loop.
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpClient client = HttpClient.newBuilder().version(version).build();
            HttpResponse<String> last = null;
            for (int i = 0; i < 3; i++) {
                last = client.send(
                        HttpRequest.newBuilder(base.toURI().resolve("test/hostile/x"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hợp tác xã " + i + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(last.statusCode())
                        .as(version + " #" + i + " " + last.version() + ": " + last.body())
                        .isEqualTo(200);
                assertThat(last.body()).contains("\"name\":\"Hợp tác xã " + i + "\"");
            }
            assertThat(last.version()).isEqualTo(version);
        }
    }

    private static void assertRawProblem(String answer, int status, String requestId) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":" + status).contains("\"requestId\":\"" + requestId + "\"");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server may answer and close before the whole body is sent
            }
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
