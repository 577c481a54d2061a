package vn.cnnt.funding.projection.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What funding-service knows of other services, kept from their events: products holding an OCOP certificate
 * and the legal status of industrial clusters. A row changes only for a newer version.
 */
@ApplicationScoped
public class ProjectionRepository {

    /** Cluster statuses from the establishment decision on (Decree 32/2024/NĐ-CP). */
    public static final Set<String> ESTABLISHED = Set.of("ESTABLISHED", "UNDER_CONSTRUCTION", "OPERATING", "EXPANDED");

    private final EntityManager em;

    ProjectionRepository(EntityManager em) {
        this.em = em;
    }

    public void applyCertificate(UUID productId, int stars, String status, LocalDate validUntil, long version) {
        em.createNativeQuery("""
                INSERT INTO certified_product (product_id, stars, status, valid_until, event_version) VALUES (:id, :s, :st, :u, :v)
                ON CONFLICT (product_id) DO UPDATE SET stars = EXCLUDED.stars, status = EXCLUDED.status,
                    valid_until = EXCLUDED.valid_until, event_version = EXCLUDED.event_version
                WHERE certified_product.event_version < EXCLUDED.event_version""")
                .setParameter("id", productId)
                .setParameter("s", stars)
                .setParameter("st", status)
                .setParameter("u", validUntil)
                .setParameter("v", version)
                .executeUpdate();
    }

    public void applyClusterStatus(UUID clusterId, String status, long version) {
        em.createNativeQuery("""
                INSERT INTO cluster_status (cluster_id, status, event_version) VALUES (:id, :s, :v)
                ON CONFLICT (cluster_id) DO UPDATE SET status = EXCLUDED.status, event_version = EXCLUDED.event_version
                WHERE cluster_status.event_version < EXCLUDED.event_version""")
                .setParameter("id", clusterId)
                .setParameter("s", status)
                .setParameter("v", version)
                .executeUpdate();
    }

    /** Trade promotion for OCOP products needs a valid certificate of 3 stars or more on the decision date. */
    public boolean holdsValidCertificate(UUID productId, LocalDate on) {
        List<?> rows = em.createNativeQuery("""
                SELECT 1 FROM certified_product WHERE product_id = :id AND stars >= 3 AND status = 'VALID'
                AND (valid_until IS NULL OR valid_until >= :on)""")
                .setParameter("id", productId)
                .setParameter("on", on)
                .getResultList();
        return !rows.isEmpty();
    }

    public boolean clusterEstablished(UUID clusterId) {
        List<?> rows = em.createNativeQuery("SELECT status FROM cluster_status WHERE cluster_id = :id")
                .setParameter("id", clusterId)
                .getResultList();
        return !rows.isEmpty() && ESTABLISHED.contains((String) rows.getFirst());
    }
}
