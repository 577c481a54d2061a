package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.asyncapi.AsyncApiContract;

/**
 * The committed AsyncAPI document of ocop.events.v1 is the one generated from the event schemas and examples (regenerate
 * with {@code -Dasyncapi.update=true}), and it is what the service serves at {@code /q/asyncapi}.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AsyncApiDocumentTest {

    static final AsyncApiContract CONTRACT = AsyncApiContract.of(
                    "ocop-service",
                    "ocop.events.v1",
                    "OCOP events (ocop-service)",
                    "OCOP council evaluations and star certificates (issued, expired, revoked; a replacement is named in its successor's issued event), keyed by product so that one ordered stream carries every change of a product's certification. Consumed by funding-service (trade-promotion eligibility) and plans-service (OCOP targets).")
            .aggregate(
                    "vn.cnnt.ocop.",
                    "product",
                    "productId",
                    "The product id: one ordered stream per product, across re-evaluations");

    @Test
    void shouldCommitTheDocumentGeneratedFromTheEventSchemas() throws IOException {
        CONTRACT.assertCommitted();
    }

    @Test
    void shouldServeTheCommittedDocumentWithoutAToken() throws IOException {
        String committed = Files.readString(AsyncApiContract.DOCUMENT, StandardCharsets.UTF_8);
        assertThat(given().get("/q/asyncapi").then().statusCode(200).extract().asString())
                .isEqualTo(committed);
        given().get("/q/asyncapi?format=json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("asyncapi", org.hamcrest.Matchers.equalTo("3.0.0"));
    }
}
