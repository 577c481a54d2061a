package vn.cnnt.gateway.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.GatewayTestResource;

@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProvincesReferenceTest {

    @Test
    void shouldListCurrentAndFormerProvincesWithTheMappingWithoutToken() {
        JsonPath body = given().when()
                .get("/api/v1/reference/provinces")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=86400")
                .body("reformDate", equalTo("2025-07-01"))
                .body("current", hasSize(34))
                .body("former", hasSize(63))
                .extract()
                .jsonPath();

        List<String> currentCodes = body.getList("current.code");
        List<Map<String, Object>> former = body.getList("former");
        assertThat(former).allSatisfy(unit -> assertThat(currentCodes).contains((String) unit.get("currentCode")));
        List<String> mergedInto = body.getList("current.formedFrom.flatten()");
        assertThat(mergedInto).hasSize(63).doesNotHaveDuplicates();
        assertThat(body.getString("current.find { it.code == '04' }.name")).isEqualTo("Tỉnh Cao Bằng");
    }
}
