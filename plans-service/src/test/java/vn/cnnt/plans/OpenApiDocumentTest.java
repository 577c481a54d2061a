package vn.cnnt.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.plans.plan.service.PlanProblems;

/** The OpenAPI document is a product: every operation explained, tagged and exemplified, every problem type catalogued. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeEveryOperationAndCatalogueEveryPlanProblemType() {
        JsonPath doc = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> undocumented = new ArrayList<>();
        StringBuilder responses = new StringBuilder();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("summary") == null
                    || operation.get("description") == null
                    || operation.get("tags") == null) {
                undocumented.add(method + " " + path);
            }
            responses.append(operation.get("responses"));
        }));

        assertThat(paths)
                .containsKeys(
                        "/api/v1/plans",
                        "/api/v1/plans/{id}",
                        "/api/v1/plans/{id}/approval",
                        "/api/v1/plans/{id}/amendments",
                        "/api/v1/plans/{id}/versions/{number}",
                        "/api/v1/plans/{id}/progress");
        assertThat(undocumented).isEmpty();
        PlanProblems.ALL.forEach(type -> assertThat(responses).as(type.slug()).contains(type.uri()));
        assertThat(doc.getMap("paths.'/api/v1/plans'.post.requestBody.content.'application/json'.examples"))
                .isNotEmpty();
        assertThat(doc.getMap("paths.'/api/v1/plans/{id}'.get.responses.'200'.content.'application/json'.examples"))
                .isNotEmpty();
        assertThat(doc.getString("paths.'/api/v1/plans/{id}/approval'.post.summary"))
                .isEqualTo("Approve a plan (ban hành)");
        assertThat(doc.getMap("components.schemas.Problem")).isNotNull();
    }
}
