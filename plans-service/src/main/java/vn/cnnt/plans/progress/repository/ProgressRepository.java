package vn.cnnt.plans.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cnnt.kit.money.Sums;
import vn.cnnt.plans.progress.CertifiedProduct;
import vn.cnnt.plans.progress.PlanCommitment;

@ApplicationScoped
public class ProgressRepository implements PanacheRepositoryBase<PlanCommitment, UUID> {

    /** Committed and disbursed money of a plan summed per task and source (a plan may have thousands of commitments). */
    public record Spent(UUID taskId, String source, long committedVnd, long disbursedVnd) {}

    public List<Spent> spentByTaskAndSource(UUID planId) {
        return getEntityManager().createQuery("""
                SELECT c.taskId, c.source, COALESCE(SUM(CAST(c.committedVnd AS BigDecimal)), 0), COALESCE(SUM(CAST(c.disbursedVnd AS BigDecimal)), 0)
                FROM PlanCommitment c WHERE c.planId = :plan GROUP BY c.taskId, c.source""", Object[].class).setParameter("plan", planId).getResultList().stream()
                .map(r -> new Spent(
                        (UUID) r[0],
                        (String) r[1],
                        Sums.exact(r[2], "of committed money"),
                        Sums.exact(r[3], "of disbursed money")))
                .toList();
    }

    public CertifiedProduct certificate(UUID productId) {
        return getEntityManager().find(CertifiedProduct.class, productId);
    }

    public void persistCertificate(CertifiedProduct product) {
        getEntityManager().persist(product);
    }

    /** Products of a province holding a valid certificate of 3 stars or more, by the year they were recognised. */
    public Map<Integer, Long> certifiedProductsByYear(String currentProvinceCode, int fromYear, int toYear) {
        Map<Integer, Long> byYear = new HashMap<>();
        getEntityManager()
                .createQuery("""
                SELECT YEAR(c.decisionDate), COUNT(c) FROM CertifiedProduct c WHERE c.currentProvinceCode = :p AND c.stars >= 3
                AND c.status = 'VALID' AND c.decisionDate >= :from AND c.decisionDate < :to GROUP BY YEAR(c.decisionDate)""", Object[].class)
                .setParameter("p", currentProvinceCode)
                .setParameter("from", LocalDate.of(fromYear, 1, 1))
                .setParameter("to", LocalDate.of(toYear + 1, 1, 1))
                .getResultList()
                .forEach(r -> byYear.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return byYear;
    }
}
