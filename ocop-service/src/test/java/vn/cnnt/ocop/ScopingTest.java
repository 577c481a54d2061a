package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.cnnt.ocop.Fixtures.product;
import static vn.cnnt.ocop.Fixtures.unique;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ScopingTest {

    @Test
    void shouldHideAnotherProvincesProduct() {
        String dongNai = product("75");
        given().auth()
                .oauth2(Tokens.officer("04"))
                .get("/api/v1/ocop/products/" + dongNai)
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        given().auth()
                .oauth2(Tokens.officer("04"))
                .queryParam("pageSize", 500)
                .get("/api/v1/ocop/products")
                .then()
                .statusCode(200)
                .body("items.currentProvinceCode", everyItem(equalTo("04")))
                .body("items.id", not(hasItem(dongNai)));
        given().auth()
                .oauth2(Tokens.ministry())
                .get("/api/v1/ocop/products/" + dongNai)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseAProductForAnotherProvince() {
        given().auth()
                .oauth2(Tokens.officer("04"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Bánh",
                        "producerId",
                        Fixtures.producer("04"),
                        "categoryCode",
                        "05",
                        "provinceCode",
                        "75",
                        "registeredOn",
                        "2025-08-01"))
                .post("/api/v1/ocop/products")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/province-not-yours"));
    }

    @Test
    void shouldFindAFormerProvincesProductUnderItsCurrentProvinceWithAccentInsensitiveText() {
        String producer = given().auth()
                .oauth2(Tokens.officer("75"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Công ty Điều Bình Phước",
                        "kind",
                        "ENTERPRISE",
                        "provinceCode",
                        "70",
                        "registeredOn",
                        "2024-03-01"))
                .post("/api/v1/ocop/producers")
                .then()
                .statusCode(201)
                .body("currentProvinceCode", equalTo("75"))
                .extract()
                .path("id");
        String name = "Hạt điều rang muối " + unique("Đồng Xoài");
        String id = given().auth()
                .oauth2(Tokens.officer("75"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "producerId",
                        producer,
                        "categoryCode",
                        "07",
                        "provinceCode",
                        "70",
                        "registeredOn",
                        "2024-03-02"))
                .post("/api/v1/ocop/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.officer("75"))
                .queryParam("province", "70")
                .queryParam("q", "HAT DIEU dong xoai")
                .get("/api/v1/ocop/products")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldPageProductsWithAnOpaqueToken() {
        String province = "12";
        for (int i = 0; i < 3; i++) {
            product(province);
        }
        ExtractableResponse<Response> first = given().auth()
                .oauth2(Tokens.viewer(province))
                .queryParam("pageSize", 2)
                .get("/api/v1/ocop/products")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .extract();
        List<String> firstIds = first.path("items.id");
        List<String> secondIds = given().auth()
                .oauth2(Tokens.viewer(province))
                .queryParam("pageSize", 2)
                .queryParam("pageToken", first.<String>path("nextPageToken"))
                .get("/api/v1/ocop/products")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
        given().auth()
                .oauth2(Tokens.viewer(province))
                .queryParam("pageToken", "garbage")
                .get("/api/v1/ocop/products")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/validation-failed"));
    }

    @Test
    void shouldRequireATokenAndDocumentTheApi() {
        given().get("/api/v1/ocop/products").then().statusCode(401).contentType("application/problem+json");
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/ocop/evaluations'.post.responses.'422'.content.'application/problem+json'.examples.'unknown-option'",
                        org.hamcrest.Matchers.notNullValue());
    }
}
