package vn.cnnt.cluster.industrialcluster.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** State budget support per funding project: its current amount and the event version it came from. */
@ApplicationScoped
public class StateSupportRepository {

    /** What is recorded for a project: its amount and the version of the event that set it. */
    public record Recorded(UUID clusterId, long amountVnd, long version) {}

    private final EntityManager em;

    StateSupportRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Recorded> find(UUID projectId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT cluster_id, amount_vnd, event_version FROM cluster_state_support WHERE project_id = :p")
                .setParameter("p", projectId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.getFirst();
        return Optional.of(new Recorded((UUID) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
    }

    public void put(UUID clusterId, UUID projectId, long amountVnd, long version, String sourceEventId) {
        em.createNativeQuery("""
                INSERT INTO cluster_state_support (project_id, cluster_id, amount_vnd, event_version, source_event_id, recorded_at)
                VALUES (:project, :cluster, :amount, :version, :event, :at)
                ON CONFLICT (project_id) DO UPDATE SET amount_vnd = EXCLUDED.amount_vnd, event_version = EXCLUDED.event_version,
                    source_event_id = EXCLUDED.source_event_id, recorded_at = EXCLUDED.recorded_at""")
                .setParameter("project", projectId)
                .setParameter("cluster", clusterId)
                .setParameter("amount", amountVnd)
                .setParameter("version", version)
                .setParameter("event", sourceEventId)
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }
}
