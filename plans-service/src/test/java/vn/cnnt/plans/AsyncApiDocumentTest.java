package vn.cnnt.plans;

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
 * The committed AsyncAPI document of plans.events.v1 is the one generated from the event schemas and examples (regenerate
 * with {@code -Dasyncapi.update=true}), and it is what the service serves at {@code /q/asyncapi}.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AsyncApiDocumentTest {

    static final AsyncApiContract CONTRACT = AsyncApiContract.of(
                    "plans-service",
                    "plans.events.v1",
                    "Plans events (plans-service)",
                    "Provincial plans, schemes and programmes for rural industry (kế hoạch, đề án, chương trình): each approval, amendment, completion, cancellation and replacement, with the plan's state after it and its funding table as an estimate (dự kiến), never spendable money. Consumed by funding-service (the plan's estimate).")
            .aggregate("vn.cnnt.plans.plan.", "plan", "planId", "The plan id: one ordered stream per plan");

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
