package vn.cnnt.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The idempotent inbox: call inside the transaction of the event's effect; the effect is applied only
 * when this is the first delivery of that event id from that source.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
    }

    /** True the first time (source, id) is seen; false for a redelivery, whose effect must be skipped. */
    public boolean firstDelivery(String source, String eventId, String eventType) {
        return em.createNativeQuery("""
                INSERT INTO kit_inbox (source, event_id, event_type) VALUES (:s, :id, :t)
                ON CONFLICT DO NOTHING
                """)
                        .setParameter("s", source)
                        .setParameter("id", eventId)
                        .setParameter("t", eventType)
                        .executeUpdate()
                == 1;
    }
}
