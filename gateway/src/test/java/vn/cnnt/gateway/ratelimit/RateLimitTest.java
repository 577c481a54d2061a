package vn.cnnt.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.cnnt.gateway.Callers.as;
import static vn.cnnt.gateway.GatewayTestResource.LIMITED_PATH;
import static vn.cnnt.gateway.GatewayTestResource.LIMITED_REQUESTS;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.GatewayTestResource;

@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RateLimitTest {

    @Test
    void shouldRefuseABurstAboveTheRouteLimitWithRetryAfterWhileAnotherClientIsUnaffected() {
        String greedy = "greedy-" + UUID.randomUUID();
        for (int i = 1; i <= LIMITED_REQUESTS; i++) {
            as(greedy)
                    .when()
                    .get(LIMITED_PATH)
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(LIMITED_REQUESTS))
                    .header("RateLimit-Remaining", String.valueOf(LIMITED_REQUESTS - i))
                    .header("RateLimit-Policy", LIMITED_REQUESTS + ";w=3600");
        }

        Response refused = as(greedy).when().get(LIMITED_PATH);

        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests"))
                .header("RateLimit-Remaining", "0");
        assertThat(Long.parseLong(refused.header("Retry-After")))
                .as("seconds until one request is allowed again")
                .isBetween(1L, 3600L / LIMITED_REQUESTS);
        as("patient-" + UUID.randomUUID())
                .when()
                .get(LIMITED_PATH)
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(LIMITED_REQUESTS - 1));
    }

    @Test
    void shouldCountOtherPathsAgainstTheDefaultAllowance() {
        String client = "steady-" + UUID.randomUUID();
        as(client).when().get(LIMITED_PATH).then().statusCode(200);

        as(client)
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "1200")
                .header("RateLimit-Remaining", "1199");
    }

    @Test
    void shouldCountAnonymousCallersOnPublicPathsByAddress() {
        given().when().get("/api/v1/reference/provinces").then().statusCode(200).header("RateLimit-Limit", "1200");
    }
}
