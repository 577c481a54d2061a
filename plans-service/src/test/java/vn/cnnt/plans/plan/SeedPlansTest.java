package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.HashMap;
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

    @Test
    void shouldComputeCaoBangTotalsExactlyToTheDongAndPublishThemOnApproval() throws Exception {
        PlanBuilder caoBang = PlanBuilder.aPlan()
                .with("kind", "PLAN")
                .with("title", "Kế hoạch thực hiện Chương trình khuyến công tỉnh Cao Bằng giai đoạn 2021-2025")
                .inProvince("04", "2021-06-15")
                .period(2021, 2025)
                .with("issuingAuthority", "UBND tỉnh Cao Bằng")
                .task("1", "TECHNOLOGY_AND_MACHINERY")
                .task("2", "TRADE_PROMOTION");
        long[] national = {2_200_000_000L, 2_600_000_000L, 2_800_000_000L, 3_000_000_000L, 3_200_000_000L};
        long[] local = {800_000_000L, 850_000_000L, 900_000_000L, 936_000_000L, 960_000_000L};
        for (int i = 0; i < 5; i++) {
            caoBang.line(2021 + i, "NATIONAL", "1", national[i])
                    .line(2021 + i, "LOCAL", i % 2 == 0 ? "2" : null, local[i]);
        }
        String id = Plans.create(caoBang, Tokens.officer("04"));

        Plans.get(id, Tokens.viewer("04"))
                .then()
                .statusCode(200)
                .body("totals.totalVnd", equalTo(18_246_000_000L))
                .body("totals.bySourceVnd.NATIONAL", equalTo(13_800_000_000L))
                .body("totals.bySourceVnd.LOCAL", equalTo(4_446_000_000L))
                .body("totals.byYearVnd.2021", equalTo(3_000_000_000L))
                .body("totals.byYearVnd.2025", equalTo(4_160_000_000L))
                .body("provinceName", equalTo("Tỉnh Cao Bằng"));
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("q", "khuyen cong cao bang 2021-2025")
                .queryParam("pageSize", 500)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        Plans.approve(id, Tokens.officer("04"), Tokens.approver("04"));
        JsonNode event = new ObjectMapper()
                .readTree(QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                                "SELECT CAST(payload AS text) FROM kit_outbox WHERE aggregate_id = :id AND event_type = 'vn.cnnt.plans.plan.approved.v1'")
                        .setParameter("id", id)
                        .getSingleResult()));
        Map<String, Long> bySource = new HashMap<>();
        event.get("fundingLines")
                .forEach(l -> bySource.merge(
                        l.get("source").asText(), l.get("amountVnd").asLong(), Long::sum));
        assertThat(bySource)
                .containsExactlyInAnyOrderEntriesOf(Map.of("NATIONAL", 13_800_000_000L, "LOCAL", 4_446_000_000L));
        assertThat(event.get("provinceCode").asText()).isEqualTo("04");
        assertThat(event.get("tasks")).hasSize(2);
    }

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
                        .with("legalBases", List.of("597/QĐ-UBND", "3000/QĐ-UBND"))
                        .with("parentPlanId", scheme),
                Tokens.officer("46"));

        Plans.get(plan, Tokens.viewer("46"))
                .then()
                .statusCode(200)
                .body("signer", equalTo("Phan Quý Phương"))
                .body("legalBases", equalTo(List.of("597/QĐ-UBND", "3000/QĐ-UBND")))
                .body("parentPlanId", equalTo(scheme))
                .body("document.number", equalTo(26))
                .body("document.type", equalTo("KH"))
                .body("document.issuer", equalTo("UBND"));
    }

    @Test
    void shouldEnterBinhDuongProgrammeFromDecomposedTextAndFindItWithoutAccents() {
        String title = Normalizer.normalize(
                "Chương trình phát triển công nghiệp nông thôn tỉnh Bình Dương đến năm 2020", Normalizer.Form.NFD);
        PlanBuilder programme = PlanBuilder.aPlan()
                .with("kind", "PROGRAMME")
                .with("title", title)
                .with("documentNumber", Normalizer.normalize("1877/QĐ-UBND", Normalizer.Form.NFD))
                .inProvince("74", "2016-07-20")
                .period(2016, 2020)
                .with("issuingAuthority", "UBND tỉnh Bình Dương");
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
                .body("totals.totalVnd", equalTo(22_500_000_000L));
        for (String q : new String[] {"binh duong", "BÌNH DƯƠNG", "Bình Dương", "cong nghiep nong thon binh duong"}) {
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
