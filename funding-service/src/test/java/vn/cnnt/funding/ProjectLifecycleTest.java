package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * Allocations by the right authority, and one national and one local project walked through every stage with exact
 * figures on the project and its allocation at each.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ProjectLifecycleTest {

    private static final String APPROVER = Tokens.approver("04");
    private static final String OFFICER = Tokens.officer("04");
    private static final String MINISTRY = Tokens.ministry();

    @Test
    void shouldAllocateNationalMoneyOnlyByTheMinistryAndLocalMoneyOnlyByTheProvince() {
        Funding.allocate(MINISTRY, Funding.allocationBody("04", "NATIONAL", 2026, 2_760_000_000L))
                .then()
                .statusCode(201)
                .body("decidedBy", equalTo("MINISTRY"))
                .body("allocatedVnd", equalTo(2_760_000_000L))
                .body("origin", equalTo("DECISION"));
        Funding.allocate(APPROVER, Funding.allocationBody("04", "LOCAL", 2026, 889_200_000L))
                .then()
                .statusCode(201)
                .body("decidedBy", equalTo("PROVINCE"))
                .body("decisionDate", equalTo("2025-12-20"));

        for (var wrong : List.of(
                Map.entry(APPROVER, "NATIONAL"),
                Map.entry(OFFICER, "NATIONAL"),
                Map.entry(MINISTRY, "LOCAL"),
                Map.entry(OFFICER, "LOCAL"))) {
            Funding.allocate(wrong.getKey(), Funding.allocationBody("04", wrong.getValue(), 2026, 1_000L))
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("/problems/allocation-authority"));
        }
        Funding.allocate(Tokens.approver("75"), Funding.allocationBody("04", "LOCAL", 2026, 1_000L))
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/province-not-yours"));
        // counterpart money is the beneficiary's: it is never allocated
        Funding.allocate(APPROVER, Funding.allocationBody("04", "COUNTERPART", 2026, 1_000L))
                .then()
                .statusCode(400);
    }

    @Test
    void shouldWalkALocalProjectThroughEveryStageWithExactFigures() {
        String allocation = Funding.allocation("04", "LOCAL", 2025, 1_000_000_000L);
        Map<String, Object> body = Funding.projectBody(
                "04", Funding.beneficiary(APPROVER, "04"), "MACHINERY_AND_TECHNOLOGY_TRANSFER", 300_000_000L, 0);
        body.put("counterpartVnd", 650_000_000L);
        body.put("otherVnd", 50_000_000L);
        body.put("totalCostVnd", 1_000_000_000L);
        String p = Funding.registered(OFFICER, body);
        expect(p, "REGISTERED", 0, 0, 0, null);
        assertThat(Funding.number(Funding.project(OFFICER, p), "fiscalYear")).isEqualTo(2025);

        Funding.approve(APPROVER, p, allocation)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));
        Funding.step(OFFICER, p, "appraisal", "112/BB-SCT", "2025-01-20").then().statusCode(200);
        expect(p, "APPRAISED", 0, 0, 0, null);
        Funding.approve(OFFICER, p, allocation).then().statusCode(403);
        Funding.approve(APPROVER, p, allocation).then().statusCode(200).body("allocationId", equalTo(allocation));
        expect(p, "APPROVED", 300_000_000, 0, 0, null);
        allocation(allocation, 1_000_000_000, 300_000_000, 0);

        Funding.disburse(APPROVER, p, "*", null, 1_000L).then().statusCode(409);
        Funding.step(OFFICER, p, "contract", "15/2025/HĐ-KC", "2025-02-15")
                .then()
                .statusCode(200);
        expect(p, "CONTRACTED", 300_000_000, 0, 0, null);
        Funding.disburse(APPROVER, p, "*", null, 120_000_000L).then().statusCode(201);
        expect(p, "IN_PROGRESS", 300_000_000, 120_000_000, 0, null);
        Funding.disburse(APPROVER, p, "*", null, 170_000_000L).then().statusCode(201);
        allocation(allocation, 1_000_000_000, 300_000_000, 290_000_000);

        Funding.accept(OFFICER, p, 280_000_000L)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/acceptance-out-of-range"));
        Funding.accept(OFFICER, p, 300_000_001L)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/acceptance-out-of-range"));
        Funding.accept(OFFICER, p, 295_000_000L)
                .then()
                .statusCode(200)
                .body("deliveredOutputs", equalTo("Đã bàn giao"));
        expect(p, "ACCEPTED", 300_000_000, 290_000_000, 295_000_000, null);
        Funding.disburse(APPROVER, p, "*", null, 5_000_001L)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/disbursement-exceeds-commitment"));
        Funding.disburse(APPROVER, p, "*", null, 5_000_000L).then().statusCode(201);
        expect(p, "ACCEPTED", 300_000_000, 295_000_000, 295_000_000, null);

        Funding.settle(APPROVER, p, 290_000_000L)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/settlement-mismatch"));
        Funding.settle(APPROVER, p, 295_000_000L).then().statusCode(200);
        expect(p, "SETTLED", 295_000_000, 295_000_000, 295_000_000, 295_000_000L);
        allocation(allocation, 1_000_000_000, 295_000_000, 295_000_000);
        Funding.disburse(APPROVER, p, "*", null, 1_000L).then().statusCode(409);
        Funding.cancel(APPROVER, p).then().statusCode(409);

        List<String> steps = given().auth()
                .oauth2(OFFICER)
                .get(Funding.API + "/projects/" + p + "/steps")
                .then()
                .statusCode(200)
                .extract()
                .path("items.step");
        assertThat(steps)
                .containsExactly(
                        "REGISTERED",
                        "APPRAISED",
                        "APPROVED",
                        "CONTRACTED",
                        "DISBURSED",
                        "DISBURSED",
                        "ACCEPTED",
                        "DISBURSED",
                        "SETTLED");
        List<String> deciders = given().auth()
                .oauth2(OFFICER)
                .get(Funding.API + "/projects/" + p + "/steps")
                .then()
                .extract()
                .path("items.decidedBy");
        assertThat(deciders.getFirst()).isEqualTo("officer-04");
        Funding.reconciliation(allocation).then().body("reconciled", equalTo(true));
    }

    @Test
    void shouldWalkANationalProjectThroughTheCentralAppraisalAndTheMinistrysApproval() {
        String allocation = Funding.allocation("04", "NATIONAL", 2026, 2_000_000_000L);
        Map<String, Object> body = Funding.projectBody(
                "04", Funding.beneficiary(APPROVER, "04"), "TECHNOLOGY_LINE", 450_000_000L, 850_000_000L);
        body.put("source", "NATIONAL");
        body.put("fiscalYear", 2026);
        body.put("registeredOn", "2025-06-12");
        String p = Funding.registered(OFFICER, body);
        Funding.project(MINISTRY, p).then().body("fiscalYear", equalTo(2026)).body("source", equalTo("NATIONAL"));
        Funding.step(APPROVER, p, "appraisal", "112/BB-SCT", "2025-06-15")
                .then()
                .statusCode(200);

        Funding.approve(APPROVER, p, allocation)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/national-approval-reserved"));
        Funding.approve(MINISTRY, p, allocation)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/central-appraisal-required"));
        Funding.step(APPROVER, p, "central-appraisal", "7/BB-CCT", "2025-08-01")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/national-approval-reserved"));
        Funding.step(MINISTRY, p, "central-appraisal", "7/BB-CCT", "2025-08-01")
                .then()
                .statusCode(200)
                .body("centrallyAppraised", equalTo(true))
                .body("status", equalTo("APPRAISED"));
        Funding.approve(MINISTRY, p, allocation).then().statusCode(200);
        expect(p, "APPROVED", 450_000_000, 0, 0, null);
        allocation(allocation, 2_000_000_000, 450_000_000, 0);

        Funding.step(MINISTRY, p, "contract", "15/2026/HĐ-KCQG", "2026-02-01")
                .then()
                .statusCode(200);
        Funding.disburse(APPROVER, p, "*", null, 200_000_000L)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/national-source-reserved"));
        Funding.disburse(MINISTRY, p, "*", null, 200_000_000L).then().statusCode(201);
        Funding.disburse(MINISTRY, p, "*", null, 240_000_000L).then().statusCode(201);
        expect(p, "IN_PROGRESS", 450_000_000, 440_000_000, 0, null);
        Funding.accept(MINISTRY, p, 440_000_000L).then().statusCode(200);
        expect(p, "ACCEPTED", 450_000_000, 440_000_000, 440_000_000, null);
        Funding.settle(MINISTRY, p, 440_000_000L).then().statusCode(200);
        expect(p, "SETTLED", 440_000_000, 440_000_000, 440_000_000, 440_000_000L);
        allocation(allocation, 2_000_000_000, 440_000_000, 440_000_000);
        Funding.reconciliation(allocation).then().body("reconciled", equalTo(true));
    }

    @Test
    void shouldCountANationalRegistrationFromTwentyJuneForTheYearAfterAndRefuseAPastYear() {
        String beneficiary = Funding.beneficiary(APPROVER, "04");
        Map<String, Object> body = Funding.projectBody("04", beneficiary, "CONSULTING_AND_TRAINING", 100_000_000L, 0);
        body.put("source", "NATIONAL");
        body.put("fiscalYear", 2026);

        body.put("registeredOn", "2025-06-19");
        Funding.register(OFFICER, body)
                .then()
                .statusCode(201)
                .body("fiscalYear", equalTo(2026))
                .body("requestedYear", equalTo(2026));
        body.put("registeredOn", "2025-06-20");
        Funding.register(OFFICER, body)
                .then()
                .statusCode(201)
                .body("fiscalYear", equalTo(2027))
                .body("requestedYear", equalTo(2026));
        body.put("registeredOn", "2025-11-03");
        Funding.register(OFFICER, body).then().statusCode(201).body("fiscalYear", equalTo(2027));
        body.put("registeredOn", "2025-06-25");
        body.put("fiscalYear", 2028);
        Funding.register(OFFICER, body).then().statusCode(201).body("fiscalYear", equalTo(2028));

        body.put("fiscalYear", 2024);
        Funding.register(OFFICER, body)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/registration-year-past"));
        body.put("source", "LOCAL");
        Funding.register(OFFICER, body)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/registration-year-past"));
        body.put("fiscalYear", 2025);
        Funding.register(OFFICER, body).then().statusCode(201).body("fiscalYear", equalTo(2025));

        // the ministry sees every province's national registrations for a year
        List<String> provinces = given().auth()
                .oauth2(MINISTRY)
                .queryParam("source", "NATIONAL")
                .queryParam("year", 2027)
                .queryParam("beneficiaryId", beneficiary)
                .get(Funding.API + "/projects")
                .then()
                .statusCode(200)
                .extract()
                .path("items.provinceCode");
        assertThat(provinces).containsExactly("04", "04");
    }

    @Test
    void shouldCancelAnApprovedProjectAndReturnItsSupportButNeverOncePaid() {
        String allocation = Funding.allocation("04", "LOCAL", 2025, 1_000_000_000L);
        String cancelled = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 400_000_000L);
        Funding.approve(APPROVER, cancelled, allocation).then().statusCode(200);
        Funding.cancel(APPROVER, cancelled)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("committedVnd", equalTo(0));
        allocation(allocation, 1_000_000_000, 0, 0);

        String paid = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 400_000_000L);
        Funding.approve(APPROVER, paid, allocation).then().statusCode(200);
        Funding.step(APPROVER, paid, "contract", "15/HĐ", "2025-02-15").then().statusCode(200);
        Funding.disburse(APPROVER, paid, "*", null, 1_000_000L).then().statusCode(201);
        Funding.cancel(APPROVER, paid)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/project-has-disbursements"));

        String withdrawn = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 100_000_000L);
        Funding.step(OFFICER, withdrawn, "withdrawal", "9/CV", "2025-02-01")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        String rejected = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 100_000_000L);
        Funding.step(APPROVER, rejected, "rejection", "113/BB", "2025-02-01")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        Funding.approve(APPROVER, rejected, allocation).then().statusCode(409);

        String tooBig = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 700_000_000L);
        Funding.approve(APPROVER, tooBig, allocation)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/insufficient-allocation"));
        expect(tooBig, "APPRAISED", 0, 0, 0, null);
        allocation(allocation, 1_000_000_000, 400_000_000, 1_000_000);
        Funding.reconciliation(allocation).then().body("reconciled", equalTo(true));
    }

    private static void expect(String p, String status, long committed, long disbursed, long accepted, Long settled) {
        Response r = Funding.project(MINISTRY, p);
        r.then().statusCode(200).body("status", equalTo(status));
        assertThat(Funding.number(r, "committedVnd")).as("committed").isEqualTo(committed);
        assertThat(Funding.number(r, "disbursedVnd")).as("disbursed").isEqualTo(disbursed);
        assertThat(Funding.number(r, "acceptedVnd")).as("accepted").isEqualTo(accepted);
        Object s = r.then().extract().path("settledVnd");
        assertThat(s == null ? null : ((Number) s).longValue()).as("settled").isEqualTo(settled);
    }

    private static void allocation(String id, long allocated, long committed, long disbursed) {
        Response r = Funding.allocationView(id);
        assertThat(Funding.number(r, "allocatedVnd")).isEqualTo(allocated);
        assertThat(Funding.number(r, "committedVnd")).isEqualTo(committed);
        assertThat(Funding.number(r, "disbursedVnd")).isEqualTo(disbursed);
        assertThat(Funding.number(r, "availableVnd")).isEqualTo(allocated - committed);
    }
}
