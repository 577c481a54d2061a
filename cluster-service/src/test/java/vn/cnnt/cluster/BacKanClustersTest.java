package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * Bắc Kạn's clusters (province 06 before 1 July 2025, now held by Thái Nguyên 19) as the seed reports them (28/11/2023):
 * six clusters established; Quảng Chu (huyện Chợ Mới, 74.4 ha, Công ty Cổ phần Onsen Fuji Bắc Kạn), Cẩm Giàng (huyện Bạch
 * Thông, 43 ha), Thanh Thịnh (huyện Chợ Mới, 50 ha), Vằng Mười (huyện Na Rì, 15 ha) and Nam Bằng Lũng (huyện Chợ Đồn,
 * 20 ha) in site clearance or preparing construction; one, unnamed in the seed, basically finished and leased in full
 * to a footwear export project. Not in the seed, so illustrative: the decision numbers and dates (only "before 2024" is
 * known), the industrial land and the sixth cluster's name and area. District codes are those of 124/2004/QĐ-TTg
 * (063 Bạch Thông, 064 Chợ Đồn, 065 Chợ Mới, 066 Na Rì).
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class BacKanClustersTest {

    private static final String THAI_NGUYEN = Tokens.officer("19");
    private static final String THAI_NGUYEN_APPROVER = Tokens.approver("19");

    /** Illustrative decisions before 2024: established, then site clearance and construction. */
    private static List<Map<String, Object>> establishedAndUnderConstruction() {
        return List.of(
                Map.of("status", "ESTABLISHED", "decisionNumber", "101/QĐ-UBND", "decisionDate", "2020-06-15"),
                Map.of("status", "UNDER_CONSTRUCTION", "decisionNumber", "102/QĐ-UBND", "decisionDate", "2021-03-15"));
    }

    private static String entered(String name, String district, Object areaHa, Map<String, Object> developer) {
        return Clusters.aCluster()
                .named("Cụm công nghiệp " + name)
                .inProvince("06")
                .with("districtCode", district)
                .inCommune(null)
                .with("mountainous", true)
                .area(areaHa, areaHa)
                .plannedOn("2019-08-26")
                .with("developer", developer)
                .with("decisions", establishedAndUnderConstruction())
                .create(THAI_NGUYEN_APPROVER);
    }

    @Test
    void shouldEnterBacKanClustersInTheirRealStatusAndShowThemToThaiNguyen() {
        String quangChu = entered(
                "Quảng Chu", "065", 74.4, Map.of("kind", "ENTERPRISE", "name", "Công ty Cổ phần Onsen Fuji Bắc Kạn"));
        entered(
                "Cẩm Giàng",
                "063",
                43,
                Map.of("kind", "ENTERPRISE", "name", "Công ty Cổ phần Nhựa đường dầu khí Việt Nam"));
        entered("Thanh Thịnh", "065", 50, Map.of("kind", "ENTERPRISE", "name", "Công ty Cổ phần Khoáng sản Bắc Kạn"));
        Map<String, Object> centre =
                Map.of("kind", "PUBLIC_BODY", "name", "Trung tâm Khuyến công và Xúc tiến thương mại");
        entered("Vằng Mười", "066", 15, centre);
        entered("Nam Bằng Lũng", "064", 20, centre);
        // The sixth: finished and leased in full to a footwear export project (name and area not in the seed).
        String leased = Clusters.aCluster()
                .named("Cụm công nghiệp thứ sáu (tên không có trong nguồn)")
                .inProvince("06")
                .inCommune(null)
                .with("mountainous", true)
                .area(30, 25)
                .plannedOn("2019-08-26")
                .with(
                        "decisions",
                        List.of(
                                Map.of(
                                        "status",
                                        "ESTABLISHED",
                                        "decisionNumber",
                                        "103/QĐ-UBND",
                                        "decisionDate",
                                        "2019-10-01"),
                                Map.of(
                                        "status",
                                        "UNDER_CONSTRUCTION",
                                        "decisionNumber",
                                        "104/QĐ-UBND",
                                        "decisionDate",
                                        "2020-01-15"),
                                Map.of(
                                        "status",
                                        "OPERATING",
                                        "decisionNumber",
                                        "105/QĐ-UBND",
                                        "decisionDate",
                                        "2023-06-30")))
                .create(THAI_NGUYEN_APPROVER);
        Map<String, Object> footwear = Clusters.tenant(25);
        footwear.put("projectName", "Dự án giày dép xuất khẩu");
        footwear.put("leaseStart", "2023-09-01");
        Clusters.admit(THAI_NGUYEN_APPROVER, leased, footwear).then().statusCode(201);

        Clusters.get(THAI_NGUYEN, quangChu)
                .then()
                .statusCode(200)
                .body("provinceCode", equalTo("06"))
                .body("currentProvinceCode", equalTo("19"))
                .body("districtCode", equalTo("065"))
                .body("totalAreaHa", equalTo(74.4f))
                .body("status", equalTo("UNDER_CONSTRUCTION"))
                .body("developer.name", equalTo("Công ty Cổ phần Onsen Fuji Bắc Kạn"))
                .body("totalInvestmentVnd", equalTo(null));
        Clusters.get(THAI_NGUYEN, leased)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPERATING"))
                .body("occupancy", equalTo(100.0f));
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
                .body("items.name", hasItem("Cụm công nghiệp Quảng Chu"));
        given().auth()
                .oauth2(THAI_NGUYEN)
                .queryParam("q", "onsen fuji")
                .get(Clusters.BASE)
                .then()
                .statusCode(200)
                .body("items.developer.name", everyItem(equalTo("Công ty Cổ phần Onsen Fuji Bắc Kạn")));
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
