package vn.cnnt.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.cnnt.gateway.Callers.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.Callers;
import vn.cnnt.gateway.FakeServices;
import vn.cnnt.gateway.GatewayTestResource;

@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EdgeHeadersTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** Another test class may have stopped a stand-in or opened a circuit: start from every route answering. */
    @BeforeEach
    void everyRouteWorking() {
        Callers.awaitEveryRouteWorking();
    }

    @Test
    void shouldPassTheCallersRequestIdToTheServiceAndReturnIt() {
        as("tracer")
                .header("X-Request-Id", "integrator-7f3a:42")
                .when()
                .get("/api/v1/funding/envelopes")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "integrator-7f3a:42");

        assertThat(FakeServices.funding().lastHeader("X-Request-Id")).isEqualTo("integrator-7f3a:42");
    }

    @Test
    void shouldGenerateARequestIdWhenNoneOrAnUnsafeOneIsGiven() {
        Response response =
                as("tracer").header("X-Request-Id", "<script>").when().get("/api/v1/plans");

        response.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        assertThat(FakeServices.plans().lastHeader("X-Request-Id")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void shouldPutTheRequestIdInTheGatewaysOwnProblems() {
        given().header("X-Request-Id", "no-token-1")
                .when()
                .get("/api/v1/plans")
                .then()
                .statusCode(401)
                .header("X-Request-Id", "no-token-1")
                .body("requestId", equalTo("no-token-1"));
    }

    @Test
    void shouldRefuseAnOversizedBodyBeforeForwardingIt() {
        FakeServices.plans().takeReceived();

        as("uploader")
                .contentType("application/json")
                .body("{\"note\":\"" + "x".repeat(GatewayTestResource.MAX_BODY_BYTES) + "\"}")
                .when()
                .post("/api/v1/plans")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        assertThat(FakeServices.plans().takeReceived()).isZero();
    }

    @Test
    void shouldSendSecurityHeadersOnRoutedAnswers() {
        as("browser")
                .when()
                .get("/api/v1/ocop/products")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store");
    }

    @Test
    void shouldAnswerACorsPreflightFromAnAllowedOriginWithoutToken() {
        given().header("Origin", GatewayTestResource.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when()
                .options("/api/v1/funding/commitments")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", GatewayTestResource.ALLOWED_ORIGIN);
    }

    @Test
    void shouldNotAllowAnUnknownOrigin() {
        Response response = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/funding/commitments");

        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }
}
