package vn.cnnt.kit.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;

/** Bookkeeping rows past their retention go; what is recent, or still owed to Kafka, stays. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    @Test
    void shouldPurgeOnlyPublishedOutboxRowsInboxIdsAndIdempotencyKeysPastTheirRetention() {
        String run = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox(run + "-published-8-days-ago", "now() - interval '9 days'", "now() - interval '8 days'");
            outbox(run + "-published-6-days-ago", "now() - interval '6 days'", "now() - interval '6 days'");
            outbox(run + "-never-published", "now() - interval '30 days'", "NULL");
            inbox(run + "-15-days-ago", "now() - interval '15 days'");
            inbox(run + "-13-days-ago", "now() - interval '13 days'");
            idempotency(run + "-49-hours-ago", "now() - interval '49 hours'");
            idempotency(run + "-47-hours-ago", "now() - interval '47 hours'");
        });

        Retention.Purged purged = retention.purge();

        assertThat(purged.outbox()).isPositive();
        assertThat(purged.inbox()).isPositive();
        assertThat(purged.idempotency()).isPositive();
        assertThat(count("SELECT count(*) FROM kit_outbox WHERE aggregate_id LIKE :r", run))
                .as("the outbox keeps the recent row and the one never published")
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM kit_outbox WHERE aggregate_id = :r", run + "-never-published"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM kit_inbox WHERE event_id LIKE :r", run))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM kit_inbox WHERE event_id = :r", run + "-13-days-ago"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM kit_idempotency WHERE idempotency_key LIKE :r", run))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM kit_idempotency WHERE idempotency_key = :r", run + "-47-hours-ago"))
                .isEqualTo(1);
    }

    private void outbox(String aggregateId, String occurredAt, String publishedAt) {
        em.createNativeQuery("INSERT INTO kit_outbox (event_id, topic, aggregate_type, aggregate_id, aggregate_version,"
                        + " event_type, payload, occurred_at, published_at) VALUES (:id, 'retention.test', 'thing', :a, 1,"
                        + " 'vn.cnnt.test.thing.changed.v1', CAST('{}' AS jsonb), " + occurredAt + ", " + publishedAt
                        + ")")
                .setParameter("id", UUID.randomUUID())
                .setParameter("a", aggregateId)
                .executeUpdate();
    }

    private void inbox(String eventId, String receivedAt) {
        em.createNativeQuery("INSERT INTO kit_inbox (source, event_id, event_type, received_at) VALUES"
                        + " ('/cnnt/retention-test', :id, 'vn.cnnt.test.thing.changed.v1', " + receivedAt + ")")
                .setParameter("id", eventId)
                .executeUpdate();
    }

    private void idempotency(String key, String createdAt) {
        em.createNativeQuery("INSERT INTO kit_idempotency (caller, idempotency_key, operation, request_hash,"
                        + " response_status, created_at) VALUES ('retention-test', :k, 'POST /things', 'h', 201, "
                        + createdAt + ")")
                .setParameter("k", key)
                .executeUpdate();
    }

    private long count(String sql, String pattern) {
        String value = sql.contains("LIKE") ? pattern + "%" : pattern;
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                                .setParameter("r", value)
                                .getSingleResult())
                        .longValue());
    }
}
