package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AccessAndInputTest {

    private static final String OFFICER = Tokens.officer("19");

    @Test
    void shouldRefuseACallerWithoutToken() {
        given().get(Clusters.BASE)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void shouldAnswerNotFoundForAnotherProvincesClusterOnReadWriteAndTransition() {
        String id = Clusters.aCluster().create(OFFICER);
        String caoBang = Tokens.approver("04");

        Clusters.get(caoBang, id).then().statusCode(404);
        given().auth()
                .oauth2(caoBang)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "X", "plannedIndustries", List.of()))
                .put(Clusters.BASE + "/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(caoBang)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Clusters.decision("1/QĐ-UBND", "2025-08-10"))
                .post(Clusters.BASE + "/" + id + "/establishment")
                .then()
                .statusCode(404);
        Clusters.admit(caoBang, id, Clusters.tenant(1)).then().statusCode(404);
        given().auth()
                .oauth2(caoBang)
                .get(Clusters.BASE + "/" + id + "/history")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldForbidCreatingAClusterInAnotherProvince() {
        Clusters.aCluster()
                .inProvince("04")
                .post(OFFICER)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/province-not-yours"));
    }

    @Test
    void shouldForbidViewersToEnterClusters() {
        Clusters.aCluster().post(Tokens.viewer("19")).then().statusCode(403);
    }

    @Test
    void shouldRefuseAnUnknownProvinceAndADistrictAfterTheReform() {
        Clusters.aCluster()
                .inProvince("06")
                .post(OFFICER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-province"));
        Clusters.aCluster()
                .with("districtCode", "063")
                .post(OFFICER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/district-after-reform"));
    }

    @Test
    void shouldRefuseMalformedAndUnknownInput() {
        Clusters.aCluster()
                .with("totalAreaHa", "74,4")
                .post(OFFICER)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        Clusters.aCluster()
                .with("occupancy", 90)
                .post(OFFICER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("occupancy"));
        Clusters.aCluster()
                .area(40.123, 30)
                .post(OFFICER)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("totalAreaHa"));
        given().auth()
                .oauth2(OFFICER)
                .queryParam("pageToken", "garbage")
                .get(Clusters.BASE)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("pageToken"));
    }

    @Test
    void shouldRefuseADuplicateNameInTheProvince() {
        String name = "Cụm công nghiệp Trùng Tên " + System.nanoTime();
        Clusters.aCluster().named(name).create(OFFICER);

        Clusters.aCluster()
                .named(name)
                .post(OFFICER)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate-cluster-name"));
    }

    @Test
    void shouldPageThroughClustersWithKeysetTokens() {
        for (int i = 0; i < 3; i++) {
            Clusters.aCluster().inProvince("37").create(Tokens.officer("37"));
        }
        String token = given().auth()
                .oauth2(Tokens.officer("37"))
                .queryParam("pageSize", 2)
                .get(Clusters.BASE)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .extract()
                .path("nextPageToken");
        given().auth()
                .oauth2(Tokens.officer("37"))
                .queryParam("pageSize", 2)
                .queryParam("pageToken", token)
                .get(Clusters.BASE)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldDocumentEveryProblemTypeInTheOpenApiDocument() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/clusters/{id}/expansion'.post.responses.'422'.content.'application/problem+json'.examples.keySet()",
                        hasItem("expansion-occupancy-too-low"))
                .body(
                        "paths.'/api/v1/clusters/{clusterId}/tenants'.post.responses.'409'.content.'application/problem+json'.examples.keySet()",
                        hasItem("lease-exceeds-free-land"));
    }
}
