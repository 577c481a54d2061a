package vn.cnnt.cluster.industrialcluster.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** State budget support per funding commitment; the commitment id makes a redelivery a no-op. */
@ApplicationScoped
public class StateSupportRepository {

    private final EntityManager em;

    StateSupportRepository(EntityManager em) {
        this.em = em;
    }

    /** True when this commitment was not recorded before. */
    public boolean recordOnce(UUID clusterId, UUID commitmentId, long amountVnd, String sourceEventId) {
        return em.createNativeQuery("""
                INSERT INTO cluster_state_support (commitment_id, cluster_id, amount_vnd, source_event_id, recorded_at)
                VALUES (:commitment, :cluster, :amount, :event, :at) ON CONFLICT (commitment_id) DO NOTHING""")
                        .setParameter("commitment", commitmentId)
                        .setParameter("cluster", clusterId)
                        .setParameter("amount", amountVnd)
                        .setParameter("event", sourceEventId)
                        .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }
}
