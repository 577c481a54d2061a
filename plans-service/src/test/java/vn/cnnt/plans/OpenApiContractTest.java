package vn.cnnt.plans;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.OpenApiContract;
import vn.cnnt.kit.testing.RealInfrastructure;

/** The served OpenAPI document is the committed one (src/main/openapi/openapi.yaml): an API change shows in review. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OpenApiContractTest {

    @Test
    void shouldServeTheCommittedDocument() throws Exception {
        OpenApiContract.assertCommitted(given().get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
