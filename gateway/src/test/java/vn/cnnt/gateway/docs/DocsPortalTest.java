package vn.cnnt.gateway.docs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cnnt.gateway.Callers;
import vn.cnnt.gateway.FakeServices;
import vn.cnnt.gateway.GatewayTestResource;

@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DocsPortalTest {

    @AfterEach
    void restoreServices() {
        Callers.awaitEveryRouteWorking();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plans", "funding", "ocop", "cluster"})
    void shouldServeEachServicesDocumentWithTheGatewayAsItsServer(String service) {
        FakeServices.resetAll();
        given().when()
                .get("/docs/openapi/" + service)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo(service + "-service API"))
                .body("servers.size()", equalTo(1))
                .body("servers[0].url", equalTo("/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plans", "funding", "ocop", "cluster"})
    void shouldServeEachServicesEventDocumentAsTheServiceDoes(String service) {
        FakeServices.resetAll();
        given().when()
                .get("/docs/asyncapi/" + service)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("asyncapi", equalTo("3.0.0"))
                .body("info.title", equalTo(service + " events"));
    }

    @Test
    void shouldAnswerAProblemWhenAServicesDocumentCannotBeFetched() {
        FakeServices.ocop().stop();

        given().when()
                .get("/docs/openapi/ocop")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/service-unavailable"));
        given().when().get("/docs/openapi/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldServeSwaggerUiOverEveryDocument() {
        given().redirects()
                .follow(true)
                .when()
                .get("/docs/")
                .then()
                .statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void shouldDocumentTheGatewaysOwnEndpoints() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/provinces/{code}/overview"))
                .body("paths", hasKey("/api/v1/reference/provinces"))
                .body("paths", hasKey("/api/v1/status"));
    }

    @Test
    void shouldExplainOnTheLandingPageHowToGetATokenAndWhereTheEventsAre() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("deploy/local/mint-token"))
                .body(containsString("deploy/local/target/stack.json"))
                .body(containsString("funding.events.v1"))
                .body(containsString("href=\"/docs/asyncapi/funding\""))
                .body(containsString("href=\"/docs\""));
    }
}
