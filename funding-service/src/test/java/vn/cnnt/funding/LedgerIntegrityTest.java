package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** The database itself guards the ledger: immutable journal, balance constraints, nothing written by a refused request. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class LedgerIntegrityTest {

    private static final String APPROVER = Tokens.approver("04");

    @Inject
    EntityManager em;

    @Test
    void shouldRefuseToRewriteOrDeleteJournalEntries() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 100_000_000L);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "UPDATE journal_entry SET budget_delta = 1 WHERE envelope_id = CAST(:e AS uuid)")
                                .setParameter("e", envelope)
                                .executeUpdate()))
                .hasStackTraceContaining("journal entries are immutable");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "DELETE FROM journal_entry WHERE envelope_id = CAST(:e AS uuid)")
                                .setParameter("e", envelope)
                                .executeUpdate()))
                .hasStackTraceContaining("journal entries are immutable");
        Funding.reconciliation(APPROVER, envelope)
                .then()
                .statusCode(200)
                .body("reconciled", equalTo(true))
                .body("journal.budgetVnd", equalTo(100_000_000));
    }

    @Test
    void shouldRefuseAnOverCommittedEnvelopeEvenWhenJavaIsBypassed() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 100_000_000L);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "UPDATE envelope SET committed_vnd = budget_vnd + 1 WHERE id = CAST(:e AS uuid)")
                                .setParameter("e", envelope)
                                .executeUpdate()))
                .hasStackTraceContaining("envelope_not_overcommitted");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "UPDATE envelope SET disbursed_vnd = 1 WHERE id = CAST(:e AS uuid)")
                                .setParameter("e", envelope)
                                .executeUpdate()))
                .hasStackTraceContaining("envelope_not_overdisbursed");
    }

    @Test
    void shouldWriteNothingWhenAnApprovalIsRefused() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 100_000_000L);
        String commitment = Funding.proposed(APPROVER, envelope, Funding.beneficiary(APPROVER, "04"), 100_000_001L);

        Funding.approve(APPROVER, commitment)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/insufficient-envelope"))
                .body("detail", org.hamcrest.Matchers.containsString("100,000,000"));

        given().auth()
                .oauth2(APPROVER)
                .get("/api/v1/funding/commitments/" + commitment)
                .then()
                .body("status", equalTo("PROPOSED"))
                .body("version", equalTo(0));
        given().auth()
                .oauth2(APPROVER)
                .get("/api/v1/funding/commitments/" + commitment + "/history")
                .then()
                .body("items.action", equalTo(java.util.List.of("PROPOSED")));
        given().auth()
                .oauth2(APPROVER)
                .get("/api/v1/funding/envelopes/" + envelope + "/journal")
                .then()
                .body("items.kind", equalTo(java.util.List.of("BUDGET_OPENED")));
        long events = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM kit_outbox WHERE aggregate_id = :c")
                                .setParameter("c", commitment)
                                .getSingleResult())
                        .longValue());
        assertThat(events).isZero();
    }

    @Test
    void shouldAnswerAProblemForAnUnknownEnvelopeAndAForeignOne() {
        Funding.envelopeView(APPROVER, UUID.randomUUID().toString())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 100_000_000L);
        Funding.reconciliation(Tokens.ministry(), envelope).then().statusCode(200);
        Funding.reconciliation(Tokens.viewer("75"), envelope).then().statusCode(404);
    }
}
