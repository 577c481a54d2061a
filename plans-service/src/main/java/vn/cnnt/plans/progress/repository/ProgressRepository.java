package vn.cnnt.plans.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cnnt.kit.money.Sums;
import vn.cnnt.plans.progress.OcopCertificate;
import vn.cnnt.plans.progress.PlanAllocation;
import vn.cnnt.plans.progress.PlanProject;

@ApplicationScoped
public class ProgressRepository implements PanacheRepositoryBase<PlanProject, UUID> {

    /** A plan's project money summed per task and source (a plan may have thousands of projects); sums in SQL numeric. */
    public record Spent(
            UUID taskId,
            String source,
            long committedVnd,
            long disbursedVnd,
            long acceptedVnd,
            long settledVnd,
            long counterpartVnd,
            long otherVnd) {}

    /** A plan's allocations summed per source. */
    public record Allocated(String source, long allocatedVnd) {}

    /** Statuses in which a project's counterpart and other money are mobilised (it was approved and not undone). */
    public static final List<String> MOBILISED =
            List.of("APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED");

    public List<Spent> spentByTaskAndSource(UUID planId) {
        return getEntityManager()
                .createQuery("""
                SELECT p.taskId, p.source, COALESCE(SUM(CAST(p.committedVnd AS BigDecimal)), 0), COALESCE(SUM(CAST(p.disbursedVnd AS BigDecimal)), 0),
                       COALESCE(SUM(CAST(p.acceptedVnd AS BigDecimal)), 0), COALESCE(SUM(CAST(p.settledVnd AS BigDecimal)), 0),
                       COALESCE(SUM(CASE WHEN p.status IN :mobilised THEN CAST(p.counterpartVnd AS BigDecimal) ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN p.status IN :mobilised THEN CAST(p.otherVnd AS BigDecimal) ELSE 0 END), 0)
                FROM PlanProject p WHERE p.planId = :plan GROUP BY p.taskId, p.source""", Object[].class)
                .setParameter("plan", planId)
                .setParameter("mobilised", MOBILISED)
                .getResultList()
                .stream()
                .map(r -> new Spent(
                        (UUID) r[0],
                        (String) r[1],
                        Sums.exact(r[2], "of committed money"),
                        Sums.exact(r[3], "of disbursed money"),
                        Sums.exact(r[4], "of accepted money"),
                        Sums.exact(r[5], "of settled money"),
                        Sums.exact(r[6], "of counterpart money"),
                        Sums.exact(r[7], "of other money")))
                .toList();
    }

    public List<Allocated> allocatedBySource(UUID planId) {
        return getEntityManager().createQuery("""
                SELECT a.source, COALESCE(SUM(CAST(a.allocatedVnd AS BigDecimal)), 0) FROM PlanAllocation a WHERE a.planId = :plan
                GROUP BY a.source""", Object[].class).setParameter("plan", planId).getResultList().stream()
                .map(r -> new Allocated((String) r[0], Sums.exact(r[1], "of allocated money")))
                .toList();
    }

    public PlanAllocation allocation(UUID id) {
        return getEntityManager().find(PlanAllocation.class, id);
    }

    public void persistAllocation(PlanAllocation allocation) {
        getEntityManager().persist(allocation);
    }

    public OcopCertificate certificate(UUID certificateId) {
        return getEntityManager().find(OcopCertificate.class, certificateId);
    }

    public void persistCertificate(OcopCertificate certificate) {
        getEntityManager().persist(certificate);
    }

    /**
     * Products registered under one of {@code provinceCodes} whose first certificate of at least {@code minStars} that
     * was not revoked has its decision in [from, to); {@code firstFrom} bounds which certificates can be a product's
     * first.
     */
    public long productsFirstCertified(
            List<String> provinceCodes, int minStars, LocalDate firstFrom, LocalDate from, LocalDate to) {
        Number count = (Number) getEntityManager()
                .createNativeQuery("""
                SELECT COUNT(*) FROM (
                    SELECT product_id, MIN(decision_date) AS first_decision FROM ocop_certificate
                    WHERE province_code IN (:p) AND stars >= :stars AND status <> 'REVOKED' AND decision_date >= :firstFrom
                      AND decision_date < :to
                    GROUP BY product_id) f
                WHERE f.first_decision >= :from""")
                .setParameter("p", provinceCodes)
                .setParameter("stars", minStars)
                .setParameter("firstFrom", firstFrom)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return count.longValue();
    }
}
