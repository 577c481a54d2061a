package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.kit.testing.Concurrently;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * Money invariants under concurrent requests: an allocation is never over-committed, a project never over-paid, the
 * journal reconciles, and the read side equals the sums of the ledger after the run.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ConcurrentMoneyTest {

    private static final String APPROVER = Tokens.approver("04");

    @Inject
    LedgerRepository ledger;

    @Test
    void shouldNeverOverCommitAnAllocationUnder50ConcurrentApprovalsAndTheReadSideEqualsTheLedger() throws Exception {
        String plan = UUID.randomUUID().toString();
        Map<String, Object> allocationBody = Funding.allocationBody("04", "LOCAL", 2025, 1_000_000_000L);
        allocationBody.put("planId", plan);
        String allocation = Funding.allocate(APPROVER, allocationBody)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Map<String, Object> body = Funding.projectBody(
                    "04",
                    Funding.beneficiary(APPROVER, "04"),
                    "CONSULTING_AND_TRAINING",
                    100_000_000L + i,
                    40_000_000L + i);
            body.put("planId", plan);
            String id = Funding.registered(APPROVER, body);
            Funding.step(APPROVER, id, "appraisal", "112/BB-SCT", "2025-01-20")
                    .then()
                    .statusCode(200);
            projects.add(id);
        }

        List<Integer> statuses = Concurrently.run(projects.stream()
                .<Callable<Integer>>map(
                        id -> () -> Funding.approve(APPROVER, id, allocation).statusCode())
                .toList());

        assertThat(statuses).containsOnly(200, 409);
        long approvedSum = 0;
        long counterpart = 0;
        for (int i = 0; i < 50; i++) {
            if (statuses.get(i) == 200) {
                approvedSum += 100_000_000L + i;
                counterpart += 40_000_000L + i;
            }
        }
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(9);
        long committed = Funding.number(Funding.allocationView(allocation), "committedVnd");
        assertThat(committed).isEqualTo(approvedSum).isLessThanOrEqualTo(1_000_000_000L);

        // pay some of the approved ones concurrently, then compare the read side with the journal
        List<Callable<Integer>> payments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            if (statuses.get(i) == 200) {
                String id = projects.get(i);
                Funding.step(APPROVER, id, "contract", "15/HĐ", "2025-02-15")
                        .then()
                        .statusCode(200);
                payments.add(() ->
                        Funding.disburse(APPROVER, id, "*", null, 30_000_000L).statusCode());
                payments.add(() ->
                        Funding.disburse(APPROVER, id, "*", null, 50_000_000L).statusCode());
            }
        }
        assertThat(Concurrently.run(payments)).containsOnly(201);
        assertReconciled(allocation);

        var journal = ledger.journalTotals(UUID.fromString(allocation));
        var summary = given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("planId", plan)
                .get(Funding.API + "/summary");
        summary.then()
                .statusCode(200)
                .body("bySource[0].provinceCode", equalTo("04"))
                .body("bySource[0].year", equalTo(2025))
                .body("bySource[0].source", equalTo("LOCAL"))
                .body("byActivity[0].activityType", equalTo("CONSULTING_AND_TRAINING"))
                .body("byPlan.size()", equalTo(1))
                .body("byPlan[0].planId", equalTo(plan));
        assertThat(Funding.number(summary, "total.allocatedVnd")).isEqualTo(journal.budget());
        assertThat(Funding.number(summary, "total.committedVnd"))
                .isEqualTo(journal.committed())
                .isEqualTo(approvedSum);
        assertThat(Funding.number(summary, "total.disbursedVnd"))
                .isEqualTo(journal.disbursed())
                .isEqualTo(9 * 80_000_000L);
        assertThat(Funding.number(summary, "total.counterpartVnd")).isEqualTo(counterpart);
        assertThat(Funding.number(summary, "byActivity[0].stages.committedVnd")).isEqualTo(approvedSum);
        assertThat(Funding.number(summary, "byPlan[0].stages.allocatedVnd")).isEqualTo(1_000_000_000L);
        assertThat(Funding.number(summary, "byPlan[0].stages.disbursedVnd")).isEqualTo(journal.disbursed());
    }

    @Test
    void shouldCommitEachKeyedApprovalOnceWhileItsRetryRacesIt() throws Exception {
        String allocation = Funding.allocation("04", "LOCAL", 500_000_000L);
        Map<String, String> decision =
                Map.of("allocationId", allocation, "documentNumber", "215/QĐ-UBND", "documentDate", "2025-02-01");
        List<String> projects = new ArrayList<>();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 100_000_000L);
            String key = UUID.randomUUID().toString();
            projects.add(id);
            calls.add(() -> Funding.post(APPROVER, id, "approval", decision, key));
            calls.add(() -> Funding.post(APPROVER, id, "approval", decision, key));
        }

        List<Response> answers = Concurrently.run(calls);

        int approved = 0;
        for (int i = 0; i < projects.size(); i++) {
            var first = answers.get(2 * i);
            var retry = answers.get(2 * i + 1);
            assertThat(first.statusCode()).isIn(200, 409);
            assertThat(retry.statusCode()).isEqualTo(first.statusCode());
            if (first.statusCode() == 200) {
                approved++;
                assertThat(retry.jsonPath().getLong("version"))
                        .isEqualTo(first.jsonPath().getLong("version"));
            }
        }
        assertThat(approved).isEqualTo(5);
        assertThat(Funding.number(Funding.allocationView(allocation), "committedVnd"))
                .isEqualTo(500_000_000L);
        assertThat(ledger.journalTotals(UUID.fromString(allocation)).committed())
                .isEqualTo(500_000_000L);
        assertReconciled(allocation);
    }

    @Test
    void shouldNeverPayMoreThanAProjectUnderConcurrentDisbursements() throws Exception {
        String allocation = Funding.allocation("04", "LOCAL", 500_000_000L);
        String project = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 100_000_000L);
        Funding.approve(APPROVER, project, allocation).then().statusCode(200);
        Funding.step(APPROVER, project, "contract", "15/HĐ", "2025-02-15")
                .then()
                .statusCode(200);

        List<Callable<Integer>> payments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            payments.add(() ->
                    Funding.disburse(APPROVER, project, "*", null, 10_000_000L).statusCode());
        }
        List<Integer> statuses = Concurrently.run(payments);

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        Funding.allocationView(allocation)
                .then()
                .statusCode(200)
                .body("disbursedVnd", equalTo(100_000_000))
                .body("committedVnd", equalTo(100_000_000));
        Funding.project(APPROVER, project)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("disbursedVnd", equalTo(100_000_000));
        assertReconciled(allocation);
    }

    private void assertReconciled(String allocationId) {
        var view = Funding.allocationView(allocationId).then().extract();
        var journal = ledger.journalTotals(UUID.fromString(allocationId));
        assertThat(journal.budget()).isEqualTo(((Number) view.path("allocatedVnd")).longValue());
        assertThat(journal.committed()).isEqualTo(((Number) view.path("committedVnd")).longValue());
        assertThat(journal.disbursed()).isEqualTo(((Number) view.path("disbursedVnd")).longValue());
        Funding.reconciliation(allocationId).then().statusCode(200).body("reconciled", equalTo(true));
    }
}
