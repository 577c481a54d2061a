package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class EnvelopeListTest {

    @Test
    void shouldAnswerAnEmptyPageToAnAuthenticatedCaller() {
        given().auth().oauth2(Tokens.viewer("04"))
                .when().get("/api/v1/funding/envelopes")
                .then().statusCode(200).body("items.size()", equalTo(0)).header("X-Request-Id", notNullValue());
    }

    @Test
    void shouldRefuseACallerWithoutTokenWithAProblem() {
        given().when().get("/api/v1/funding/envelopes")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void shouldBeReadyAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", notNullValue());
    }
}
