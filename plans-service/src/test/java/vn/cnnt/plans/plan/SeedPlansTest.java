package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** The real provincial documents this suite was designed from, entered as an official would. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class SeedPlansTest {

    @Inject
    EntityManager em;

    // Cao Bằng's 2021–2025 plan (18,246 tỷ = 13,800 tỷ national + 4,446 tỷ local, no yearly split) is entered as its
    // seed gives it in EstimateTest; its number, signer and yearly split are not in the seed.

    @Test
    void shouldKeepABinhPhuoc2021PlanAndShowItToDongNaiToday() {
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .with("kind", "PLAN")
                        .with("title", "Kế hoạch thực hiện Đề án phát triển CNNT tỉnh Bình Phước đến năm 2025")
                        .with("documentNumber", "317/KH-UBND")
                        .inProvince("70", "2021-10-20")
                        .period(2021, 2025)
                        .with("issuingAuthority", "UBND tỉnh Bình Phước"),
                Tokens.ministry());

        Plans.get(id, Tokens.officer("75"))
                .then()
                .statusCode(200)
                .body("provinceCode", equalTo("70"))
                .body("provinceName", equalTo("Tỉnh Bình Phước"))
                .body("currentProvinceCode", equalTo("75"));
        given().auth()
                .oauth2(Tokens.officer("75"))
                .queryParam("province", "75")
                .queryParam("pageSize", 500)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(Tokens.officer("75"))
                .queryParam("q", "binh phuoc")
                .queryParam("pageSize", 500)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("documentNumber", "317/KH-UBND")
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldEnterHuePlanWithItsSignerLegalBasesAndParentScheme() {
        String scheme = Plans.create(
                PlanBuilder.aPlan()
                        .with("kind", "SCHEME")
                        .with("title", "Đề án phát triển công nghiệp nông thôn tỉnh Thừa Thiên Huế")
                        .with("documentNumber", "597/QĐ-UBND")
                        .inProvince("46", "2019-03-12")
                        .period(2019, 2025)
                        .with("issuingAuthority", "UBND tỉnh Thừa Thiên Huế"),
                Tokens.officer("46"));
        String plan = Plans.create(
                PlanBuilder.aPlan()
                        .with("kind", "PLAN")
                        .with("title", "Kế hoạch phát triển công nghiệp nông thôn năm 2024")
                        .with("documentNumber", "26/KH-UBND")
                        .inProvince("46", "2024-01-22")
                        .period(2024, 2024)
                        .with("issuingAuthority", "UBND tỉnh Thừa Thiên Huế")
                        .with("signer", "Phan Quý Phương")
                        .with(
                                "legalBases",
                                List.of(
                                        Map.of("documentNumber", "597/QĐ-UBND", "issuedOn", "2019-03-12"),
                                        Map.of("documentNumber", "3000/QĐ-UBND", "issuedOn", "2023-12-19")))
                        .with("parentPlanId", scheme),
                Tokens.officer("46"));

        Plans.get(plan, Tokens.viewer("46"))
                .then()
                .statusCode(200)
                .body("signer", equalTo("Phan Quý Phương"))
                .body("legalBases.documentNumber", equalTo(List.of("597/QĐ-UBND", "3000/QĐ-UBND")))
                .body("legalBases.issuedOn", equalTo(List.of("2019-03-12", "2023-12-19")))
                .body("parentPlanId", equalTo(scheme))
                .body("document.number", equalTo(26))
                .body("document.type", equalTo("KH"))
                .body("document.issuer", equalTo("UBND"));
    }

    @Test
    void shouldEnterBinhDuongProgrammeFromDecomposedTextAndFindItWithoutAccents() {
        String title =
                Normalizer.normalize("Chương trình Khuyến công tỉnh Bình Dương đến năm 2020", Normalizer.Form.NFD);
        String centre = "Trung tâm Khuyến công – Tư vấn phát triển công nghiệp";
        PlanBuilder programme = PlanBuilder.aPlan()
                .with("kind", "PROGRAMME")
                .with("title", title)
                .with("documentNumber", Normalizer.normalize("1877/QĐ-UBND", Normalizer.Form.NFD))
                .inProvince("74", "2016-07-20")
                .period(2016, 2020)
                .with("issuingAuthority", "UBND tỉnh Bình Dương")
                .with("implementingUnit", centre)
                .task("1", "OTHER")
                .taskWith("title", "Tổ chức và hướng dẫn thực hiện các hoạt động khuyến công")
                .taskWith("implementingUnit", centre);
        // The seed: "dự kiến mỗi năm 4.5 tỷ đồng", for the programme's years to 2020.
        for (int year = 2016; year <= 2020; year++) {
            programme.line(year, "LOCAL", null, 4_500_000_000L);
        }
        String id = Plans.create(programme, Tokens.ministry());

        Plans.get(id, Tokens.ministry())
                .then()
                .statusCode(200)
                .body("title", equalTo(Normalizer.normalize(title, Normalizer.Form.NFC)))
                .body("documentNumber", equalTo("1877/QĐ-UBND"))
                .body("currentProvinceCode", equalTo("79"))
                .body("implementingUnit", equalTo(centre))
                .body("tasks[0].leadAgency", equalTo("Sở Công Thương"))
                .body("tasks[0].implementingUnit", equalTo(centre))
                .body("totals.totalVnd", equalTo(22_500_000_000L));
        for (String q : new String[] {"binh duong", "BÌNH DƯƠNG", "Bình Dương", "khuyen cong binh duong 2020"}) {
            given().auth()
                    .oauth2(Tokens.ministry())
                    .queryParam("q", q)
                    .queryParam("pageSize", 500)
                    .get("/api/v1/plans")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id));
        }
        given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("q", "binh phuoc 1877")
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }
}
