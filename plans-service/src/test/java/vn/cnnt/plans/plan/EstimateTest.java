package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * Issue 13, plans side: a plan's funding table is an estimate, per year or for the whole period; approving, amending
 * or cancelling a plan publishes its estimate and opens no money.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class EstimateTest {

    private static final String OFFICER = Tokens.officer("04");
    private static final String APPROVER = Tokens.approver("04");

    @Inject
    EntityManager em;

    /**
     * Cao Bằng's 2021–2025 khuyến công plan as its seed (22/05/2020) gives it: 18,246 tỷ đồng = 13,800 tỷ national +
     * 4,446 tỷ local, with no yearly split. The seed gives neither its number nor its date nor its signer: the number
     * below is a placeholder of this test and the date is the seed's (the plan was approved by then).
     */
    @Test
    void shouldEnterCaoBangsWholePeriodEstimateAsWrittenAndPublishItOnApproval() throws Exception {
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .with("title", "Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn từ năm 2021 đến năm 2025")
                        .with("documentNumber", (800_000 + (int) (Math.random() * 99_999)) + "/KH-UBND")
                        .with("signer", null)
                        .inProvince("04", "2020-05-22")
                        .period(2021, 2025)
                        .with("issuingAuthority", "UBND tỉnh Cao Bằng")
                        .wholePeriodLine("NATIONAL", null, 13_800_000_000L)
                        .wholePeriodLine("LOCAL", null, 4_446_000_000L),
                OFFICER);

        Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .body("fundingLines[0].year", equalTo(null))
                .body("totals.totalVnd", equalTo(18_246_000_000L))
                .body("totals.bySourceVnd.NATIONAL", equalTo(13_800_000_000L))
                .body("totals.bySourceVnd.LOCAL", equalTo(4_446_000_000L))
                .body("totals.wholePeriodVnd", equalTo(18_246_000_000L))
                .body("totals.byYearVnd", anEmptyMap());
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("q", "khuyen cong cao bang 2021 2025")
                .queryParam("pageSize", 500)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));

        Plans.approve(id, OFFICER, APPROVER);
        JsonNode event = events(id).getFirst();
        assertThat(event.get("status").asText()).isEqualTo("APPROVED");
        JsonNode estimate = event.get("estimate");
        assertThat(estimate.get("totalVnd").asLong()).isEqualTo(18_246_000_000L);
        assertThat(estimate.get("lines")).hasSize(2);
        for (JsonNode line : estimate.get("lines")) {
            assertThat(line.get("year").isNull()).isTrue();
            assertThat(line.get("yearFrom").asInt()).isEqualTo(2021);
            assertThat(line.get("yearTo").asInt()).isEqualTo(2025);
        }
        assertThat(event.get("fundingLines").get(0).get("year").isNull()).isTrue();

        // Approving allocates nothing: the progress shows the estimate and no spendable money.
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/progress")
                .then()
                .statusCode(200)
                .body("total.estimateVnd", equalTo(18_246_000_000L))
                .body("total.allocatedVnd", equalTo(0))
                .body("total.committedVnd", equalTo(0))
                .body("bySource.find { it.source == 'NATIONAL' }.money.estimateVnd", equalTo(13_800_000_000L));
    }

    @Test
    void shouldPublishTheNewEstimateOnAmendmentAndTheWithdrawnOneOnCancellation() throws Exception {
        PlanBuilder plan = PlanBuilder.aPlan().line(2024, "LOCAL", null, 300_000_000L);
        String id = Plans.create(plan, OFFICER);
        Plans.approve(id, OFFICER, APPROVER);
        Plans.amend(
                        id,
                        APPROVER,
                        plan.line(2024, "LOCAL", null, 200_000_000L)
                                .line(2024, "NATIONAL", null, 1_000_000_000L)
                                .build())
                .then()
                .statusCode(200);
        Plans.transition(id, "cancellation", APPROVER, Map.of("reason", "Không còn phù hợp"))
                .then()
                .statusCode(200);

        List<JsonNode> events = events(id);
        assertThat(events)
                .extracting(e -> e.get("status").asText())
                .containsExactly("APPROVED", "APPROVED", "CANCELLED");
        assertThat(events.get(0).get("estimate").get("totalVnd").asLong()).isEqualTo(300_000_000L);
        JsonNode amended = events.get(1).get("estimate");
        assertThat(amended.get("totalVnd").asLong()).isEqualTo(1_500_000_000L);
        JsonNode local = amended.get("lines").get(1);
        assertThat(local.get("source").asText()).isEqualTo("LOCAL");
        assertThat(local.get("year").asInt()).isEqualTo(2024);
        assertThat(local.get("amountVnd").asLong()).isEqualTo(500_000_000L);
        assertThat(amended.get("lines").get(0).get("source").asText()).isEqualTo("NATIONAL");
        assertThat(events.get(2).get("estimate").get("totalVnd").asLong()).isEqualTo(1_500_000_000L);
    }

    @Test
    void shouldRefuseASourceEstimatedBothPerYearAndForTheWholePeriod() {
        PlanBuilder.aPlan()
                .period(2021, 2025)
                .line(2021, "NATIONAL", null, 1_000_000_000L)
                .wholePeriodLine("NATIONAL", null, 13_800_000_000L)
                .postAs(OFFICER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/mixed-estimate-periods"))
                .body("errors[0].field", equalTo("fundingLines[1].year"));
        PlanBuilder.aPlan()
                .period(2021, 2025)
                .line(2021, "LOCAL", null, 1_000_000_000L)
                .wholePeriodLine("NATIONAL", null, 13_800_000_000L)
                .postAs(OFFICER)
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseAFigureAboveTenToTheFifteenthAndSumTwoThousandOfThemExactly() {
        PlanBuilder.aPlan()
                .line(2024, "LOCAL", null, 1_000_000_000_000_001L)
                .postAs(OFFICER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/validation-failed"));
        PlanBuilder big = PlanBuilder.aPlan();
        for (int i = 0; i < 2_000; i++) {
            big.line(2024, i % 2 == 0 ? "LOCAL" : "NATIONAL", null, 1_000_000_000_000_000L);
        }
        String id = Plans.create(big, OFFICER);
        Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .body("totals.totalVnd", equalTo(2_000_000_000_000_000_000L))
                .body("totals.bySourceVnd.LOCAL", equalTo(1_000_000_000_000_000_000L));
    }

    private List<JsonNode> events(String id) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (Object payload : QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT CAST(payload AS text) FROM kit_outbox WHERE aggregate_id = :id ORDER BY position")
                        .setParameter("id", id)
                        .getResultList())) {
            events.add(json.readTree((String) payload));
        }
        return events;
    }
}
