package vn.cnnt.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.web.RequestIds;

/**
 * Records an event in the same transaction as the business change (never a dual write); the relay
 * publishes it after commit and is woken as soon as the transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final OutboxConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxSignal signal;

    Outbox(
            EntityManager em,
            ObjectMapper json,
            OutboxConfig config,
            TransactionSynchronizationRegistry transactions,
            OutboxSignal signal) {
        this.em = em;
        this.json = json;
        this.config = config;
        this.transactions = transactions;
        this.signal = signal;
    }

    /**
     * @param type CloudEvents type, e.g. {@code vn.cnnt.plans.plan.approved.v1}
     * @param data the aggregate's state after the change, including its version
     * @return the event id
     */
    public UUID record(String aggregateType, Object aggregateId, long aggregateVersion, String type, Object data) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("an outbox event must be recorded inside the business transaction");
        }
        UUID eventId = RandomIds.next();
        em.createNativeQuery("""
                INSERT INTO kit_outbox (event_id, topic, aggregate_type, aggregate_id, aggregate_version, event_type,
                                        payload, request_id, traceparent, occurred_at)
                VALUES (:id, :topic, :aggregateType, :aggregateId, :version, :type, CAST(:payload AS jsonb),
                        :requestId, :traceparent, :occurredAt)
                """)
                .setParameter("id", eventId)
                .setParameter("topic", config.topic())
                .setParameter("aggregateType", aggregateType)
                .setParameter("aggregateId", aggregateId.toString())
                .setParameter("version", aggregateVersion)
                .setParameter("type", type)
                .setParameter("payload", toJson(data))
                .setParameter("requestId", RequestIds.current())
                .setParameter("traceparent", TraceContext.currentTraceparent())
                .setParameter("occurredAt", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal.wake();
                }
            }
        });
        return eventId;
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable", e);
        }
    }
}
