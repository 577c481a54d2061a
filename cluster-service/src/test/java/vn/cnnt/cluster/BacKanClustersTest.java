package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** Bắc Kạn's clusters (province 06 before 1 July 2025, now held by Thái Nguyên 19), entered as the province reported them. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class BacKanClustersTest {

    private static final String THAI_NGUYEN = Tokens.officer("19");

    @Test
    void shouldEnterBacKanClustersFaithfullyAndShowThemToThaiNguyen() {
        String quangChu = Clusters.aCluster()
                .named("Cụm công nghiệp Quảng Chu")
                .inProvince("06")
                .with("districtCode", "063")
                .inCommune(null)
                .with("mountainous", true)
                .area(74.4, 52.1)
                .plannedOn("2019-08-26")
                .with("developer", Map.of("kind", "ENTERPRISE", "name", "Công ty Cổ phần Onsen Fuji Bắc Kạn"))
                .create(THAI_NGUYEN);
        for (var seed : List.of(
                List.of("Cẩm Giàng", 43, 30.1),
                List.of("Thanh Thịnh", 50, 35),
                List.of("Vằng Mười", 15, 10.5),
                List.of("Nam Bằng Lũng", 20, 14))) {
            Clusters.aCluster()
                    .named("Cụm công nghiệp " + seed.get(0))
                    .inProvince("06")
                    .inCommune(null)
                    .with("mountainous", true)
                    .area(seed.get(1), seed.get(2))
                    .plannedOn("2019-08-26")
                    .create(THAI_NGUYEN);
        }

        Clusters.get(THAI_NGUYEN, quangChu)
                .then()
                .statusCode(200)
                .body("provinceCode", equalTo("06"))
                .body("currentProvinceCode", equalTo("19"))
                .body("totalAreaHa", equalTo(74.4f))
                .body("status", equalTo("IN_PLAN"))
                .body("developer.name", equalTo("Công ty Cổ phần Onsen Fuji Bắc Kạn"))
                .body("occupancy", equalTo(0.0f));
        List<String> names = given().auth()
                .oauth2(THAI_NGUYEN)
                .queryParam("province", "06")
                .queryParam("pageSize", 500)
                .get(Clusters.BASE)
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertThat(names)
                .contains(
                        "Cụm công nghiệp Quảng Chu",
                        "Cụm công nghiệp Cẩm Giàng",
                        "Cụm công nghiệp Thanh Thịnh",
                        "Cụm công nghiệp Vằng Mười",
                        "Cụm công nghiệp Nam Bằng Lũng");
        given().auth()
                .oauth2(THAI_NGUYEN)
                .queryParam("q", "QUANG CHU")
                .get(Clusters.BASE)
                .then()
                .statusCode(200)
                .body("items.name", hasItems("Cụm công nghiệp Quảng Chu"));
        given().auth()
                .oauth2(THAI_NGUYEN)
                .queryParam("q", "onsen fuji")
                .get(Clusters.BASE)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldHideBacKanClustersFromAnotherProvince() {
        String id = Clusters.aCluster()
                .inProvince("06")
                .inCommune(null)
                .plannedOn("2020-01-15")
                .create(THAI_NGUYEN);

        Clusters.get(Tokens.officer("04"), id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().auth()
                .oauth2(Tokens.officer("04"))
                .queryParam("province", "06")
                .get(Clusters.BASE)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        Clusters.get(Tokens.ministry(), id).then().statusCode(200);
    }
}
