package vn.cnnt.gateway.docs;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.GatewayTestResource;
import vn.cnnt.kit.testing.OpenApiContract;

/** The gateway's own OpenAPI document is the committed one (src/main/openapi/openapi.yaml). */
@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
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
