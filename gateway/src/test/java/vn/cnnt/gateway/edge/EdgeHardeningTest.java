package vn.cnnt.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.cnnt.gateway.Callers.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.HttpMethod;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cnnt.gateway.Callers;
import vn.cnnt.gateway.FakeServices;
import vn.cnnt.gateway.GatewayTestResource;
import vn.cnnt.kit.testing.Tokens;

/** Attempts to get past the edge: paths a service may read differently, spoofed forwarding headers, bad input, abuse. */
@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EdgeHardeningTest {

    @TestHTTPResource("/")
    URL gateway;

    @AfterEach
    void restoreServices() {
        Callers.awaitEveryRouteWorking();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/ocop/certificates/x%2F..%2Fproducts/verification",
                "/api/v1/ocop/certificates/x%2f..%2fproducts/verification",
                "/api/v1/ocop/certificates/x%5C..%5Cproducts/verification",
                "/api/v1/ocop/certificates/..;/verification",
                "/api/v1/ocop/certificates/x;a=b/verification",
                "/api/v1/ocop/certificates/%252e%252e/verification",
                "/api/v1/ocop/certificates/x%00/verification"
            })
    void shouldRefuseAPublicPathAServiceCouldReadAsAnotherOne(String path) {
        FakeServices.ocop().takeReceived();
        given().urlEncodingEnabled(false)
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        assertThat(FakeServices.ocop().takeReceived()).isZero();
    }

    @Test
    void shouldNotPassSpoofedForwardingHeadersToTheService() {
        as("spoofer")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=10.0.0.1;host=evil.example;proto=https")
                .header("X-Forwarded-Port", "1")
                .header("X-Forwarded-Prefix", "/evil")
                .header("X-Real-IP", "10.0.0.1")
                .when()
                .get("/api/v1/funding/envelopes")
                .then()
                .statusCode(200);

        assertThat(FakeServices.funding().lastHeader("Forwarded")).isNull();
        assertThat(FakeServices.funding().lastHeader("X-Forwarded-Port")).isNull();
        assertThat(FakeServices.funding().lastHeader("X-Forwarded-Prefix")).isNull();
        assertThat(FakeServices.funding().lastHeader("X-Real-IP")).isNull();
        assertThat(FakeServices.funding().lastHeader("X-Forwarded-Host"))
                .isEqualTo(gateway.getHost() + ":" + gateway.getPort());
    }

    @Test
    void shouldAnswerANonNumericYearOfTheOverviewWithMalformedRequest() {
        given().auth()
                .oauth2(Tokens.ministry())
                .when()
                .get("/api/v1/provinces/04/overview?year=abc")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        given().auth()
                .oauth2(Tokens.ministry())
                .when()
                .get("/api/v1/provinces/04/overview?year=99999999999")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        given().auth()
                .oauth2(Tokens.ministry())
                .when()
                .get("/api/v1/provinces/04/overview?year=1999")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("year"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/openapi/a%00b", "/docs/a%01b", "/q/health%00", "/api/v1/plans/%1F"})
    void shouldRefuseAControlCharacterInAnyPathWithAProblemBeforeAnyHandler(String path) {
        given().urlEncodingEnabled(false)
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("requestId", notNullValue());
    }

    @Test
    void shouldCountRefusedTokensAgainstTheCallersAddress() {
        given().auth()
                .oauth2("not-a-jwt")
                .when()
                .get("/api/v1/plans")
                .then()
                .statusCode(401)
                .header("RateLimit-Limit", notNullValue())
                .header("RateLimit-Remaining", notNullValue());
    }

    @Test
    void shouldNotOpenTheCircuitWhenClientsAbortTheirUploads() throws Exception {
        AtomicInteger arrived = new AtomicInteger();
        AtomicInteger brokenOff = new AtomicInteger();
        FakeServices.plans().respond(request -> {
            if (request.method() == HttpMethod.POST) {
                arrived.incrementAndGet();
                request.body().onComplete(body -> brokenOff.incrementAndGet());
            } else {
                request.response().putHeader("Content-Type", "application/json").end("{\"items\":[]}");
            }
        });
        int aborted = GatewayTestResource.FAILURE_THRESHOLD + 2;
        for (int i = 1; i <= aborted; i++) {
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                + Tokens.officer("04")
                                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"partial\":")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // The upload is under way at the service before the caller goes away.
                int upload = i;
                await().atMost(Duration.ofSeconds(30)).until(() -> arrived.get() >= upload);
            }
            // The gateway has dealt with the abort: it broke off the upload to the service.
            int upload = i;
            await().atMost(Duration.ofSeconds(30)).until(() -> brokenOff.get() >= upload);
        }
        as("innocent").when().get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void shouldMarkAPartUnavailableWhenItsServiceAnswersGarbageOrTooMuch() {
        FakeServices.plans()
                .respond(request -> request.response()
                        .putHeader("Content-Type", "application/json")
                        .end("{not json"));
        FakeServices.funding()
                .respond(request -> request.response()
                        .putHeader("Content-Type", "application/json")
                        .end("null"));
        FakeServices.ocop()
                .respond(request -> request.response()
                        .setChunked(true)
                        .putHeader("Content-Type", "application/json")
                        .end("{\"padding\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}"));

        given().auth()
                .oauth2(Tokens.ministry())
                .when()
                .get("/api/v1/provinces/04/overview")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("complete", equalTo(false))
                .body("plans.reason", equalTo("The plans service answered something other than a JSON object"))
                .body("funding.reason", equalTo("The funding service answered something other than a JSON object"))
                .body("ocop.reason", equalTo("The ocop service answered more than 16 MiB"))
                .body("clusters.available", equalTo(true));
    }
}
