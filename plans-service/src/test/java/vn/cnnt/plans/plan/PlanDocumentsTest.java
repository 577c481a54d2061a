package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * Issue 14, plans: document numbers as written, SUPERSEDED, legal bases with their dates (plan and task), an
 * implementing unit distinct from the lead agency, OTHER money named by programme.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanDocumentsTest {

    private static final String OFFICER = Tokens.officer("04");
    private static final String APPROVER = Tokens.approver("04");

    @Inject
    EntityManager em;

    @Test
    void shouldKeepTheLeadingZeroAsWrittenAndIgnoreItWhenComparing() {
        int year = 2030 + (int) (Math.random() * 60);
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .with("documentNumber", "08/KH-UBND")
                        .inProvince("04", year + "-02-03")
                        .period(year, year),
                OFFICER);

        Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .body("documentNumber", equalTo("08/KH-UBND"))
                .body("document.number", equalTo(8));
        for (String asked : List.of("08/KH-UBND", "8/KH-UBND")) {
            given().auth()
                    .oauth2(OFFICER)
                    .queryParam("documentNumber", asked)
                    .queryParam("pageSize", 500)
                    .get("/api/v1/plans")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id))
                    .body("items.find { it.id == '" + id + "' }.documentNumber", equalTo("08/KH-UBND"));
        }
        PlanBuilder.aPlan()
                .with("documentNumber", "8/KH-UBND")
                .inProvince("04", year + "-05-06")
                .period(year, year)
                .postAs(OFFICER)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate-document-number"));

        Plans.transition(id, "submission", OFFICER, Map.of()).then().statusCode(200);
        Plans.transition(id, "approval", APPROVER, Map.of("decisionNumber", "05/QĐ-UBND"))
                .then()
                .statusCode(200)
                .body("decisionNumber", equalTo("05/QĐ-UBND"));
    }

    @Test
    void shouldRecordThatAnApprovedPlanWasSupersededByAnotherDocument() throws Exception {
        String replacing = Plans.create(PlanBuilder.aPlan(), OFFICER);
        String id = Plans.create(PlanBuilder.aPlan().wholePeriodLine("LOCAL", null, 700_000_000L), OFFICER);

        Plans.transition(id, "supersession", APPROVER, supersession(null))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));
        Plans.approve(id, OFFICER, APPROVER);
        Plans.transition(
                        id,
                        "supersession",
                        APPROVER,
                        supersession(UUID.randomUUID().toString()))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-superseding-plan"));
        Plans.transition(id, "supersession", OFFICER, supersession(replacing))
                .then()
                .statusCode(403);

        Plans.transition(id, "supersession", APPROVER, supersession(replacing))
                .then()
                .statusCode(200)
                .body("status", equalTo("SUPERSEDED"))
                .body("supersededBy.planId", equalTo(replacing))
                .body("supersededBy.documentNumber", equalTo("02/KH-UBND"))
                .body("supersededBy.supersededOn", equalTo("2024-09-02"))
                .body("decisionNumber", equalTo("02/KH-UBND"));
        Plans.transition(id, "completion", APPROVER, Map.of())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));

        JsonNode event = event(id, "vn.cnnt.plans.plan.superseded.v1");
        assertThat(event.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(event.get("supersededBy").get("documentNumber").asText()).isEqualTo("02/KH-UBND");
        assertThat(event.get("estimate").get("totalVnd").asLong()).isEqualTo(700_000_000L);
    }

    @Test
    void shouldKeepLegalBasesWithTheirDatesForThePlanAndForATask() {
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .with(
                                "legalBases",
                                List.of(
                                        Map.of("documentNumber", "597/QĐ-UBND", "issuedOn", "2019-03-12"),
                                        Map.of(
                                                "documentNumber",
                                                "3000/QĐ-UBND",
                                                "issuedOn",
                                                "2023-12-19",
                                                "title",
                                                "Chương trình công tác năm 2024")))
                        .task("1", "CLUSTER_INFRASTRUCTURE")
                        .taskWith(
                                "legalBases",
                                List.of(Map.of("documentNumber", "1745/QĐ-TTg", "issuedOn", "2023-12-30"))),
                OFFICER);

        Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .body("legalBases[0].documentNumber", equalTo("597/QĐ-UBND"))
                .body("legalBases[0].issuedOn", equalTo("2019-03-12"))
                .body("legalBases[0].title", nullValue())
                .body("legalBases[1].issuedOn", equalTo("2023-12-19"))
                .body("legalBases[1].title", equalTo("Chương trình công tác năm 2024"))
                .body("tasks[0].legalBases[0].documentNumber", equalTo("1745/QĐ-TTg"))
                .body("tasks[0].legalBases[0].issuedOn", equalTo("2023-12-30"));
    }

    @Test
    void shouldKeepAnImplementingUnitDistinctFromTheLeadAgency() {
        String unit = "Trung tâm Khuyến công – Tư vấn phát triển công nghiệp";
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .with("implementingUnit", unit)
                        .task("1", "OTHER")
                        .taskWith("implementingUnit", unit),
                OFFICER);

        Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .body("implementingUnit", equalTo(unit))
                .body("tasks[0].leadAgency", equalTo("Sở Công Thương"))
                .body("tasks[0].implementingUnit", equalTo(unit));
    }

    @Test
    void shouldNameTheProgrammeOfOtherMoneyAndOnlyOfOtherMoney() throws Exception {
        refused(PlanBuilder.aPlan().line(2024, "OTHER", null, 100_000_000L), "funding-programme-mismatch")
                .body("errors[0].field", equalTo("fundingLines[0].programme"));
        refused(
                PlanBuilder.aPlan().line(2024, "LOCAL", null, 100_000_000L).lineWith("programme", "OCOP"),
                "funding-programme-mismatch");

        String id = Plans.create(
                PlanBuilder.aPlan()
                        .otherLine(
                                2024, "NEW_RURAL_DEVELOPMENT", "Chương trình MTQG xây dựng nông thôn mới", 300_000_000L)
                        .otherLine(2024, "NGO_AND_DONOR", "Tổ chức phi chính phủ", 50_000_000L),
                OFFICER);
        Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .body("fundingLines[0].programme", equalTo("NEW_RURAL_DEVELOPMENT"))
                .body("fundingLines[0].programmeName", equalTo("Chương trình MTQG xây dựng nông thôn mới"))
                .body("fundingLines[1].programme", equalTo("NGO_AND_DONOR"))
                .body("totals.bySourceVnd.OTHER", equalTo(350_000_000));
        Plans.approve(id, OFFICER, APPROVER);
        JsonNode event = event(id, "vn.cnnt.plans.plan.approved.v1");
        assertThat(event.get("fundingLines").get(0).get("programme").asText()).isEqualTo("NEW_RURAL_DEVELOPMENT");
    }

    private static Map<String, Object> supersession(String replacing) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("supersedingDocumentNumber", "02/KH-UBND");
        body.put("supersededOn", "2024-09-02");
        body.put("supersedingPlanId", replacing);
        return body;
    }

    private static io.restassured.response.ValidatableResponse refused(PlanBuilder plan, String type) {
        return plan.postAs(OFFICER)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type));
    }

    private JsonNode event(String id, String type) throws Exception {
        return new ObjectMapper().readTree(QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT CAST(payload AS text) FROM kit_outbox WHERE aggregate_id = :id AND event_type = :type")
                .setParameter("id", id)
                .setParameter("type", type)
                .getSingleResult()));
    }
}
