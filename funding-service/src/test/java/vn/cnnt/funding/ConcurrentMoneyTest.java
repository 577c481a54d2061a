package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.kit.testing.Concurrently;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** Money invariants under concurrent requests: nothing is over-committed or over-paid, and the journal reconciles. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ConcurrentMoneyTest {

    private static final String APPROVER = Tokens.approver("04");

    @Inject
    LedgerRepository ledger;

    @Test
    void shouldNeverOverCommitAnEnvelopeUnder50ConcurrentApprovals() throws Exception {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 1_000_000_000L);
        String beneficiary = Funding.beneficiary(APPROVER, "04");
        List<String> commitments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            commitments.add(Funding.proposed(APPROVER, envelope, beneficiary, 100_000_000L + i));
        }

        List<Integer> statuses = Concurrently.run(commitments.stream()
                .<Callable<Integer>>map(
                        id -> () -> Funding.approve(APPROVER, id).statusCode())
                .toList());

        assertThat(statuses).containsOnly(200, 409);
        long approvedSum = 0;
        for (int i = 0; i < 50; i++) {
            if (statuses.get(i) == 200) {
                approvedSum += 100_000_000L + i;
            }
        }
        long committed = ((Number) Funding.envelopeView(APPROVER, envelope)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("committedVnd"))
                .longValue();
        assertThat(committed).isEqualTo(approvedSum).isLessThanOrEqualTo(1_000_000_000L);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(9);
        assertReconciled(envelope);
    }

    @Test
    void shouldNeverPayMoreThanACommitmentUnderConcurrentDisbursements() throws Exception {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 500_000_000L);
        String commitment = Funding.proposed(APPROVER, envelope, Funding.beneficiary(APPROVER, "04"), 100_000_000L);
        Funding.approve(APPROVER, commitment).then().statusCode(200);

        List<Callable<Integer>> payments = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            payments.add(() -> Funding.disburse(APPROVER, commitment, "*", null, 10_000_000L)
                    .statusCode());
        }
        List<Integer> statuses = Concurrently.run(payments);

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        Funding.envelopeView(APPROVER, envelope)
                .then()
                .statusCode(200)
                .body("disbursedVnd", org.hamcrest.Matchers.equalTo(100_000_000))
                .body("committedVnd", org.hamcrest.Matchers.equalTo(100_000_000));
        assertReconciled(envelope);
    }

    private void assertReconciled(String envelopeId) {
        var view = Funding.envelopeView(APPROVER, envelopeId).then().extract();
        long[] journal = ledger.journalTotals(UUID.fromString(envelopeId));
        assertThat(journal[0]).isEqualTo(((Number) view.path("budgetVnd")).longValue());
        assertThat(journal[1]).isEqualTo(((Number) view.path("committedVnd")).longValue());
        assertThat(journal[2]).isEqualTo(((Number) view.path("disbursedVnd")).longValue());
        Funding.reconciliation(APPROVER, envelopeId)
                .then()
                .statusCode(200)
                .body("reconciled", org.hamcrest.Matchers.is(true));
    }
}
