package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.testing.RealInfrastructure;

/** The OpenAPI document is a product: every operation explained, tagged, and every funding problem type catalogued. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeEveryOperationAndCatalogueEveryFundingProblemType() {
        JsonPath doc = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> undocumented = new ArrayList<>();
        StringBuilder problems = new StringBuilder();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("summary") == null
                    || operation.get("description") == null
                    || operation.get("tags") == null) {
                undocumented.add(method + " " + path);
            }
            ((Map<String, Object>) operation.get("responses")).values().forEach(r -> problems.append(r));
        }));

        assertThat(paths)
                .containsKeys(
                        "/api/v1/funding/allocations/{id}/reconciliation",
                        "/api/v1/funding/summary",
                        "/api/v1/funding/projects/{id}/acceptance",
                        "/api/v1/funding/ceilings");
        assertThat(undocumented).isEmpty();
        Stream.concat(FundingProblems.ALL.stream(), Stream.of(ProblemType.IDEMPOTENCY_KEY_REUSED))
                .forEach(type -> assertThat(problems).as(type.slug()).contains(type.uri()));
    }
}
