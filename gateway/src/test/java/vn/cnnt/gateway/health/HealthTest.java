package vn.cnnt.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.cnnt.gateway.Callers.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.Callers;
import vn.cnnt.gateway.FakeServices;
import vn.cnnt.gateway.GatewayTestResource;

@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HealthTest {

    @AfterEach
    void restoreServices() {
        Callers.awaitEveryRouteWorking();
    }

    @Test
    void shouldStayReadyWhileAServiceIsDownAndShowItsOpenCircuit() {
        FakeServices.ocop().stop();
        for (int i = 0; i < GatewayTestResource.FAILURE_THRESHOLD; i++) {
            as("operator").when().get("/api/v1/ocop/products").then().statusCode(503);
        }

        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'routing' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'routing' }.data.'/api/v1/ocop'", equalTo("ocop (circuit OPEN)"))
                .body(
                        "checks.find { it.name == 'routing' }.data.'/api/v1/clusters'",
                        equalTo("cluster (circuit CLOSED)"));
    }

    @Test
    void shouldAggregateTheServicesReadinessForOperators() {
        FakeServices.resetAll();
        given().when()
                .get("/api/v1/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("services.plans.status", equalTo("UP"));

        FakeServices.ocop().stop();

        given().when()
                .get("/api/v1/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("DEGRADED"))
                .body("services.ocop.status", equalTo("UNREACHABLE"))
                .body("services.ocop.reason", equalTo("The ocop service cannot be reached"))
                .body("services.funding.status", equalTo("UP"));
    }
}
