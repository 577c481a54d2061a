package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** A Cao Bằng official neither sees nor changes a Đồng Nai plan; the ministry sees every province. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanScopingTest {

    private String dongNaiPlan;

    @BeforeEach
    void enterADongNaiPlan() {
        dongNaiPlan = Plans.create(
                PlanBuilder.aPlan()
                        .inProvince("75", "2025-09-01")
                        .period(2025, 2026)
                        .with("issuingAuthority", "UBND tỉnh Đồng Nai"),
                Tokens.officer("75"));
    }

    @Test
    void shouldHideAnotherProvincesPlan() {
        Plans.get(dongNaiPlan, Tokens.officer("04")).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.officer("04"))
                .get("/api/v1/plans/" + dongNaiPlan + "/history")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.officer("04"))
                .get("/api/v1/plans/" + dongNaiPlan + "/progress")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldNotLetAnotherProvinceChangeIt() {
        String etag = Plans.etag(dongNaiPlan, Tokens.officer("75"));
        given().auth()
                .oauth2(Tokens.approver("04"))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of())
                .post("/api/v1/plans/" + dongNaiPlan + "/submission")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.officer("04"))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(PlanBuilder.aPlan().build())
                .put("/api/v1/plans/" + dongNaiPlan)
                .then()
                .statusCode(404);
        Plans.get(dongNaiPlan, Tokens.officer("75")).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldLetDongNaiEnterAndActOnAPlanBinhPhuocIssuedBeforeTheMerger() {
        String binhPhuoc = Plans.create(
                PlanBuilder.aPlan()
                        .inProvince("70", "2021-10-20")
                        .period(2021, 2025)
                        .with("issuingAuthority", "UBND tỉnh Bình Phước"),
                Tokens.officer("75"));

        Plans.transition(binhPhuoc, "submission", Tokens.officer("75"), Map.of())
                .then()
                .statusCode(200)
                .body("provinceCode", equalTo("70"))
                .body("currentProvinceCode", equalTo("75"));
        Plans.get(binhPhuoc, Tokens.officer("04")).then().statusCode(404);
    }

    @Test
    void shouldNotLetAnOfficialEnterAPlanForAnotherProvince() {
        PlanBuilder.aPlan()
                .inProvince("75", "2025-09-01")
                .period(2025, 2025)
                .postAs(Tokens.officer("04"))
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/province-not-yours"));
    }

    @Test
    void shouldListOnlyTheCallersProvinceAndEverythingForTheMinistry() {
        given().auth()
                .oauth2(Tokens.officer("04"))
                .queryParam("pageSize", 500)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.currentProvinceCode", everyItem(equalTo("04")))
                .body("items.id", not(hasItem(dongNaiPlan)));
        given().auth()
                .oauth2(Tokens.officer("04"))
                .queryParam("province", "75")
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("province", "75")
                .queryParam("pageSize", 500)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(dongNaiPlan));
    }

    @Test
    void shouldPageThroughAListWithoutLosingOrRepeatingAPlan() {
        for (int i = 0; i < 5; i++) {
            Plans.create(
                    PlanBuilder.aPlan()
                            .inProvince("12", "2025-0" + (7 + i % 3) + "-1" + i)
                            .period(2025, 2025)
                            .with("title", "Kế hoạch phân trang Lai Châu"),
                    Tokens.officer("12"));
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String token = null;
        do {
            var page = given().auth()
                    .oauth2(Tokens.officer("12"))
                    .queryParam("pageSize", 2)
                    .queryParam("q", "phan trang lai chau")
                    .queryParam("pageToken", token == null ? "" : token)
                    .get("/api/v1/plans")
                    .then()
                    .statusCode(200)
                    .extract();
            seen.addAll(page.path("items.id"));
            token = page.path("nextPageToken");
        } while (token != null);
        org.assertj.core.api.Assertions.assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }
}
