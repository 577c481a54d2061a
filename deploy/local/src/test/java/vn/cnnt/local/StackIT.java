package vn.cnnt.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-command stack, checked through the gateway as a client would use it. */
@ExtendWith(RunningStack.class)
class StackIT {

    @Test
    void shouldBeReadyBehindTheGateway() {
        given().baseUri(RunningStack.gateway())
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/plans", "/api/v1/funding/allocations", "/api/v1/ocop/products", "/api/v1/clusters"})
    void shouldReachEachServiceWithAToken(String path) {
        given().baseUri(RunningStack.gateway())
                .auth()
                .oauth2(RunningStack.token("caobang-officer"))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("items", notNullValue())
                .header("X-Request-Id", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/plans", "/api/v1/funding/allocations", "/api/v1/ocop/products", "/api/v1/clusters"})
    void shouldRefuseARequestWithoutToken(String path) {
        given().baseUri(RunningStack.gateway())
                .when()
                .get(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plans", "funding", "ocop", "cluster"})
    void shouldServeEveryServicesOpenApiDocumentThroughTheDocsPortal(String service) {
        given().baseUri(RunningStack.gateway())
                .when()
                .get("/docs/openapi/" + service)
                .then()
                .statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3.1"))
                .body("components.schemas.Problem", notNullValue());
    }

    @Test
    void shouldServeTheDocsPortalWithoutAToken() {
        given().baseUri(RunningStack.gateway())
                .redirects()
                .follow(true)
                .when()
                .get("/docs/")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("swagger"));
    }
}
