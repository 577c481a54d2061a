package vn.cnnt.ocop.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.persistence.QueryFilter;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.certificate.Certificate;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    /** Filters of a list; nulls are no filter. Soonest expiry first, keyset on (valid until, id). */
    public record Criteria(
            boolean allProvinces,
            String currentProvinceCode,
            CertificateStatus status,
            UUID productId,
            LocalDate validUntilAtMost,
            PageRequest.DateAndId after) {}

    /** Counts of valid certificates by stars. */
    public record StarCounts(long three, long four, long five) {}

    public List<Certificate> search(Criteria c, int limit) {
        return QueryFilter.of()
                .when(!c.allProvinces(), "c.currentProvinceCode = :province", "province", c.currentProvinceCode())
                .equal("c.status", c.status())
                .equal("c.productId", c.productId())
                .atMost("c.validUntil", c.validUntilAtMost())
                .after("c.validUntil", "c.id", c.after())
                .query(getEntityManager(), "FROM Certificate c", "ORDER BY c.validUntil, c.id", Certificate.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Reads the certificate again under a row lock (after its product's lock: the order issuing keeps). */
    public void refreshLocked(Certificate certificate) {
        getEntityManager().refresh(certificate, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Certificate> byNumber(String certificateNumber) {
        return find("certificateNumber", certificateNumber).firstResultOptional();
    }

    public Optional<Certificate> validOf(UUID productId) {
        return find("productId = ?1 and status = ?2", productId, CertificateStatus.VALID)
                .firstResultOptional();
    }

    /** The product's certificate of the latest decision, whatever its status now. */
    public Optional<Certificate> latestOf(UUID productId) {
        return find("productId = ?1 order by decisionDate desc", productId).firstResultOptional();
    }

    /**
     * Valid certificates past their last day, locked with their products so that concurrent expiry runs share the work;
     * one whose certificate or product a request holds (issuing a replacement, revoking) is skipped, never waited for, so
     * the job and those requests (which lock the product, then the certificate) cannot deadlock.
     */
    @SuppressWarnings("unchecked")
    public List<Certificate> dueForExpiry(LocalDate today, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT c.* FROM ocop_certificate c JOIN ocop_product p ON p.id = c.product_id
                        WHERE c.status = :valid AND c.valid_until < :today
                        ORDER BY c.valid_until, c.id LIMIT :n FOR UPDATE OF c, p SKIP LOCKED""", Certificate.class)
                .setParameter("valid", CertificateStatus.VALID.name())
                .setParameter("today", today)
                .setParameter("n", limit)
                .getResultList();
    }

    public long countExpiringBetween(LocalDate from, LocalDate to) {
        return count("status = ?1 and validUntil >= ?2 and validUntil <= ?3", CertificateStatus.VALID, from, to);
    }

    public StarCounts validByStars(boolean allProvinces, String currentProvinceCode, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                        SELECT stars, count(*) FROM ocop_certificate
                        WHERE status = :valid AND valid_until >= :today AND (:all OR current_province_code = :province)
                        GROUP BY stars""")
                .setParameter("valid", CertificateStatus.VALID.name())
                .setParameter("today", today)
                .setParameter("all", allProvinces)
                .setParameter("province", currentProvinceCode == null ? "" : currentProvinceCode)
                .getResultList();
        Map<Integer, Long> byStars = new HashMap<>();
        rows.forEach(r -> byStars.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return new StarCounts(byStars.getOrDefault(3, 0L), byStars.getOrDefault(4, 0L), byStars.getOrDefault(5, 0L));
    }

    /** Certificates of a status, all time, in a current province or everywhere. */
    public long countWithStatus(boolean allProvinces, String currentProvinceCode, CertificateStatus status) {
        return allProvinces
                ? count("status", status)
                : count("currentProvinceCode = ?1 and status = ?2", currentProvinceCode, status);
    }

    public boolean numberTaken(String certificateNumber) {
        return count("certificateNumber", certificateNumber) > 0;
    }
}
