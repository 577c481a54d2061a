package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.service.EnvelopeService;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class FundingAccessAndInputTest {

    @Inject
    EnvelopeService envelopes;

    @Test
    void shouldLeaveNationalMoneyToTheMinistry() {
        Funding.openEnvelope(Tokens.approver("04"), "04", "NATIONAL", 1_000_000_000L)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/national-source-reserved"));
        String national = Funding.envelope(Tokens.ministry(), "04", "NATIONAL", 1_000_000_000L);
        String c = Funding.proposed(
                Tokens.officer("04"), national, Funding.beneficiary(Tokens.officer("04"), "04"), 100_000_000L);
        Funding.approve(Tokens.approver("04"), c).then().statusCode(403);
        Funding.approve(Tokens.ministry(), c).then().statusCode(200);
    }

    @Test
    void shouldLetOnlyApproversApproveAndHideOtherProvinces() {
        String envelope = Funding.envelope(Tokens.approver("04"), "04", "LOCAL", 1_000_000_000L);
        String c = Funding.proposed(
                Tokens.officer("04"), envelope, Funding.beneficiary(Tokens.officer("04"), "04"), 100_000_000L);
        Funding.approve(Tokens.officer("04"), c).then().statusCode(403);
        Funding.envelopeView(Tokens.officer("75"), envelope).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.officer("75"))
                .get("/api/v1/funding/commitments/" + c)
                .then()
                .statusCode(404);
        Funding.openEnvelope(Tokens.approver("75"), "04", "LOCAL", 1_000L)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/province-not-yours"));
        given().auth()
                .oauth2(Tokens.officer("75"))
                .queryParam("pageSize", 500)
                .get("/api/v1/funding/envelopes")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(envelope)));
    }

    @Test
    void shouldRefuseBadMoneyWithAProblemAndMoveNothing() {
        String approver = Tokens.approver("04");
        Funding.openEnvelope(approver, "04", "LOCAL", 1_000.5)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("budgetVnd"));
        Funding.openEnvelope(approver, "04", "LOCAL", -1)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("budgetVnd"));
        Funding.openEnvelope(approver, "04", "LOCAL", "1.000.000").then().statusCode(400);
        Funding.openEnvelope(approver, "99", "LOCAL", 1_000)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-province"));

        String envelope = Funding.envelope(approver, "04", "LOCAL", 200_000_000L);
        String beneficiary = Funding.beneficiary(approver, "04");
        Funding.propose(approver, Funding.commitmentBody(UUID.randomUUID().toString(), beneficiary, "TRAINING", 10, 5))
                .then()
                .statusCode(400);
        Funding.propose(
                        approver,
                        Funding.commitmentBody(UUID.randomUUID().toString(), beneficiary, "VOCATIONAL_TRAINING", 10, 5))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-reference"));
        Funding.propose(approver, Funding.commitmentBody(envelope, beneficiary, "VOCATIONAL_TRAINING", 10, 11))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/support-above-cost"));
        String tooBig = Funding.proposed(approver, envelope, beneficiary, 200_000_001L);
        Funding.approve(approver, tooBig)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/insufficient-envelope"));
        Funding.envelopeView(approver, envelope)
                .then()
                .body("committedVnd", equalTo(0))
                .body("budgetVnd", equalTo(200_000_000));
        given().auth()
                .oauth2(approver)
                .contentType("application/json")
                .body(Map.of("decisionNumber", "1/QĐ", "decisionDate", "2024-01-01"))
                .post("/api/v1/funding/commitments/" + tooBig + "/approval")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(approver)
                .contentType("application/json")
                .header("If-Match", "\"99\"")
                .body(Map.of("decisionNumber", "1/QĐ", "decisionDate", "2024-01-01"))
                .post("/api/v1/funding/commitments/" + tooBig + "/approval")
                .then()
                .statusCode(412);
    }

    @Test
    void shouldNotAdjustTheBudgetBelowWhatIsCommitted() {
        String approver = Tokens.approver("04");
        String envelope = Funding.envelope(approver, "04", "LOCAL", 500_000_000L);
        Funding.approve(
                        approver,
                        Funding.proposed(approver, envelope, Funding.beneficiary(approver, "04"), 400_000_000L))
                .then()
                .statusCode(200);
        String etag = Funding.envelopeView(approver, envelope).then().extract().header("ETag");
        given().auth()
                .oauth2(approver)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("deltaVnd", -200_000_000L, "decisionNumber", "30/QĐ-UBND"))
                .post("/api/v1/funding/envelopes/" + envelope + "/adjustments")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/budget-below-committed"));
        given().auth()
                .oauth2(approver)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("deltaVnd", -100_000_000L, "decisionNumber", "30/QĐ-UBND"))
                .post("/api/v1/funding/envelopes/" + envelope + "/adjustments")
                .then()
                .statusCode(200)
                .body("budgetVnd", equalTo(400_000_000))
                .body("availableVnd", equalTo(0));
    }

    @Test
    void shouldOpenCaoBang2021To2025EnvelopesFromThePlanAndSumThemExactly() {
        UUID plan = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int year = 2021; year <= 2025; year++) {
                envelopes.openFromPlan(plan, "04", "04", year, FundingSource.NATIONAL, 2_760_000_000L, "plan approved");
                envelopes.openFromPlan(plan, "04", "04", year, FundingSource.LOCAL, 889_200_000L, "plan approved");
            }
        });
        QuarkusTransaction.requiringNew()
                .run(() -> envelopes.openFromPlan(plan, "04", "04", 2021, FundingSource.LOCAL, 889_200_000L, "replay"));

        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("planId", plan.toString())
                .get("/api/v1/funding/summary")
                .then()
                .statusCode(200)
                .body("total.budgetVnd", equalTo(18_246_000_000L))
                .body("bySource.find { it.source == 'NATIONAL' }.money.budgetVnd", equalTo(13_800_000_000L))
                .body("bySource.find { it.source == 'LOCAL' }.money.budgetVnd", equalTo(4_446_000_000L));
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("planId", plan.toString())
                .queryParam("year", 2023)
                .get("/api/v1/funding/summary")
                .then()
                .body("total.budgetVnd", equalTo(3_649_200_000L));

        QuarkusTransaction.requiringNew().run(() -> envelopes.freezeUncommitted(plan));
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("planId", plan.toString())
                .get("/api/v1/funding/summary")
                .then()
                .body("total.availableVnd", equalTo(0));
    }
}
