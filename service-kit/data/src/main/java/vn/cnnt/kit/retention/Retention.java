package vn.cnnt.kit.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Purges what only bookkeeping needs, never what is still owed: published outbox rows, inbox ids older than any
 * redelivery could be, expired Idempotency-Keys. One replica at a time (an advisory lock), in small batches.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final long RETENTION_LOCK = 0x636e6e74_72657465L; // "cnntrete"

    public record Purged(long outbox, long inbox, long idempotency) {}

    private final EntityManager em;
    private final RetentionConfig config;

    Retention(EntityManager em, RetentionConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(
            identity = "cnnt-retention",
            every = "${cnnt.retention.every:1h}",
            delayed = "${cnnt.retention.delayed:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        Purged purged = purge();
        if (purged.outbox() + purged.inbox() + purged.idempotency() > 0) {
            LOG.infof(
                    "Retention purged %d outbox, %d inbox and %d idempotency rows",
                    purged.outbox(), purged.inbox(), purged.idempotency());
        }
    }

    public Purged purge() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new Purged(
                purge("""
                        DELETE FROM kit_outbox WHERE position IN (
                            SELECT position FROM kit_outbox WHERE published_at < :cutoff LIMIT :n)
                        """, now.minus(config.outboxPublished())),
                purge("""
                        DELETE FROM kit_inbox WHERE (source, event_id) IN (
                            SELECT source, event_id FROM kit_inbox WHERE received_at < :cutoff LIMIT :n)
                        """, now.minus(config.inbox())),
                purge("""
                        DELETE FROM kit_idempotency WHERE (caller, idempotency_key) IN (
                            SELECT caller, idempotency_key FROM kit_idempotency WHERE created_at < :cutoff LIMIT :n)
                        """, now.minus(config.idempotency())));
    }

    private long purge(String delete, OffsetDateTime cutoff) {
        long total = 0;
        while (true) {
            Integer deleted = QuarkusTransaction.requiringNew().timeout(60).call(() -> {
                Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:k)")
                        .setParameter("k", RETENTION_LOCK)
                        .getSingleResult();
                if (!locked) {
                    return -1;
                }
                return em.createNativeQuery(delete)
                        .setParameter("cutoff", cutoff)
                        .setParameter("n", config.batchSize())
                        .executeUpdate();
            });
            if (deleted < 0) {
                return total; // another replica is purging
            }
            total += deleted;
            if (deleted < config.batchSize()) {
                return total;
            }
        }
    }
}
