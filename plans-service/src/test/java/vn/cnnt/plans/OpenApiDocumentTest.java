package vn.cnnt.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.EventExamples;
import vn.cnnt.kit.testing.RealInfrastructure;

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

    /**
     * The examples are what officials read as "the seeds": seed facts as the seeds give them (Huế's 26/KH-UBND with its
     * signer and dated legal bases, Bình Dương's programme and its implementing unit), and nothing invented presented
     * as Cao Bằng's: an example of Cao Bằng that carries a document number says it is illustrative.
     */
    @Test
    void shouldPresentTheSeedsAsTheyAreAndMarkWhatIsIllustrative() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        List<String> examples = new ArrayList<>();
        doc.findParents("examples")
                .forEach(parent -> parent.get("examples").forEach(example -> {
                    if (example.has("value")) {
                        examples.add(example.get("value").toString());
                    }
                }));
        String all = String.join("\n", examples);

        assertThat(all)
                .contains("Chương trình Khuyến công tỉnh Bình Dương đến năm 2020")
                .contains("Trung tâm Khuyến công – Tư vấn phát triển công nghiệp")
                .contains("26/KH-UBND", "Phan Quý Phương", "2024-01-22")
                .contains("597/QĐ-UBND", "2019-03-12", "3000/QĐ-UBND", "2023-12-19")
                .contains("13800000000", "4446000000")
                .doesNotContain(
                        "Nguyễn Trung Thảo",
                        "1524/KH-UBND",
                        "Chương trình phát triển công nghiệp nông thôn tỉnh Bình Dương");
        for (String example : examples) {
            if (example.contains("Cao Bằng") && example.contains("documentNumber")) {
                assertThat(example).as(example).contains("minh họa");
            }
        }
        for (Path file : EventExamples.of("plans-service")) {
            String example = Files.readString(file);
            if (example.contains("Cao Bằng")) {
                assertThat(example).as(file.toString()).contains("minh họa").doesNotContain("signer");
            }
        }
    }
}
