package vn.cnnt.funding.ledger.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.Allocation;
import vn.cnnt.funding.ledger.Disbursement;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.JournalEntry;
import vn.cnnt.funding.ledger.Project;
import vn.cnnt.funding.ledger.ProjectStatus;
import vn.cnnt.funding.ledger.SupportCeiling;
import vn.cnnt.kit.text.TextSearch;

/** Allocations, projects, disbursements and the journal: one repository because they move together. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<Allocation, UUID> {

    /** Filters of the project list. */
    public record ProjectFilter(
            UUID allocationId,
            UUID beneficiaryId,
            ActivityType activityType,
            ProjectStatus status,
            FundingSource source,
            Integer year,
            UUID planId,
            String q) {}

    public Allocation lockAllocation(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An allocation read without a lock: its province, year and source never change. */
    public Allocation allocation(UUID id) {
        return findById(id);
    }

    /**
     * Commits {@code amountVnd} on the allocation if, at this instant, it is not frozen and has that much uncommitted:
     * one conditional UPDATE, so the allocation's row lock is taken here and held only until the transaction commits
     * (callers run it as their last statement). Answers whether it was committed; the version moves as an entity update
     * would move it.
     */
    public boolean commit(UUID allocationId, long amountVnd) {
        return em().createNativeQuery("UPDATE allocation SET committed_vnd = committed_vnd + :amount,"
                                + " version = version + 1"
                                + " WHERE id = :id AND NOT frozen AND allocated_vnd - committed_vnd >= :amount")
                        .setParameter("amount", amountVnd)
                        .setParameter("id", allocationId)
                        .executeUpdate()
                == 1;
    }

    public Project project(UUID id) {
        return em().find(Project.class, id);
    }

    public Project lockProject(UUID id) {
        return em().find(Project.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Allocation> ofPlan(UUID planId, int year, FundingSource source) {
        return find("planId = ?1 and fiscalYear = ?2 and source = ?3", planId, year, source)
                .firstResultOptional();
    }

    public void add(Object entity) {
        em().persist(entity);
    }

    /** Reads the entity's row again (after a statement that changed it outside the session). */
    public void refresh(Object entity) {
        em().refresh(entity);
    }

    public void flush() {
        em().flush();
    }

    public List<JournalEntry> journal(UUID allocationId, long afterId, int limit) {
        return em().createQuery(
                        "FROM JournalEntry j WHERE j.allocationId = :a AND j.id > :after ORDER BY j.id",
                        JournalEntry.class)
                .setParameter("a", allocationId)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The sums of the journal of an allocation: allocated, committed, disbursed, accepted, settled. */
    public long[] journalTotals(UUID allocationId) {
        Object[] r = (Object[])
                em().createNativeQuery("""
                SELECT COALESCE(SUM(budget_delta), 0), COALESCE(SUM(committed_delta), 0),
                       COALESCE(SUM(disbursed_delta), 0), COALESCE(SUM(accepted_delta), 0), COALESCE(SUM(settled_delta), 0)
                FROM journal_entry WHERE allocation_id = :a""").setParameter("a", allocationId).getSingleResult();
        return exact(r);
    }

    public List<Disbursement> disbursements(UUID projectId) {
        return em().createQuery(
                        "FROM Disbursement d WHERE d.projectId = :p ORDER BY d.createdAt, d.id", Disbursement.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /** Ceilings in force on the date for the activity; the most specific (province, then source) first. */
    public List<SupportCeiling> ceilings(String activityType, String source, String provinceCode, LocalDate on) {
        return em().createQuery("""
                FROM SupportCeiling c WHERE c.activityType = :a AND (c.source IS NULL OR c.source = :s)
                AND (c.provinceCode IS NULL OR c.provinceCode = :p) AND c.effectiveFrom <= :on
                AND (c.effectiveTo IS NULL OR c.effectiveTo >= :on)
                ORDER BY CASE WHEN c.provinceCode IS NULL THEN 1 ELSE 0 END, CASE WHEN c.source IS NULL THEN 1 ELSE 0 END""", SupportCeiling.class)
                .setParameter("a", activityType)
                .setParameter("s", source)
                .setParameter("p", provinceCode)
                .setParameter("on", on)
                .getResultList();
    }

    public List<SupportCeiling> allCeilings(String activityType, String provinceCode) {
        return em().createQuery("""
                FROM SupportCeiling c WHERE (CAST(:a AS String) IS NULL OR c.activityType = :a)
                AND (CAST(:p AS String) IS NULL OR c.provinceCode IS NULL OR c.provinceCode = :p)
                ORDER BY c.activityType, c.effectiveFrom, c.id""", SupportCeiling.class)
                .setParameter("a", activityType)
                .setParameter("p", provinceCode)
                .getResultList();
    }

    /**
     * Public support of a beneficiary's supported projects of these activities in a fiscal year (settled ones at what
     * was paid), other than the given project.
     */
    public long supportReceived(UUID beneficiaryId, Collection<ActivityType> activities, int fiscalYear, UUID except) {
        return exact((BigDecimal) em().createQuery("""
                SELECT COALESCE(SUM(CASE WHEN p.status = :settled THEN CAST(p.settledVnd AS BigDecimal)
                                         ELSE CAST(p.supportVnd AS BigDecimal) END), 0)
                FROM Project p WHERE p.beneficiaryId = :b AND p.activityType IN :a AND p.id <> :except
                AND p.status IN :live AND p.fiscalYear = :y""")
                .setParameter("settled", ProjectStatus.SETTLED)
                .setParameter("live", ProjectStatus.SUPPORTED)
                .setParameter("b", beneficiaryId)
                .setParameter("a", activities)
                .setParameter("y", fiscalYear)
                .setParameter("except", except)
                .getSingleResult());
    }

    /** Another supported project of the beneficiary for the same content (activity) in the year, if any. */
    public Optional<Project> otherSupport(
            UUID beneficiaryId, Collection<ActivityType> activities, int year, UUID except) {
        return em().createQuery("""
                        FROM Project p WHERE p.beneficiaryId = :b AND p.activityType IN :a AND p.fiscalYear = :y
                        AND p.status IN :live AND p.id <> :except ORDER BY p.id""", Project.class)
                .setParameter("b", beneficiaryId)
                .setParameter("a", activities)
                .setParameter("y", year)
                .setParameter("live", ProjectStatus.SUPPORTED)
                .setParameter("except", except)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Reconciliation of an allocation: its balances, the sums of its journal, and the sums of its projects (committed:
     * support while committed, the settled amount once settled; disbursed: what was paid on them).
     */
    public long[] reconciliation(UUID allocationId) {
        Object[] r = (Object[])
                em().createNativeQuery("""
                SELECT a.allocated_vnd, a.committed_vnd, a.disbursed_vnd,
                       (SELECT COALESCE(SUM(j.budget_delta), 0) FROM journal_entry j WHERE j.allocation_id = a.id),
                       (SELECT COALESCE(SUM(j.committed_delta), 0) FROM journal_entry j WHERE j.allocation_id = a.id),
                       (SELECT COALESCE(SUM(j.disbursed_delta), 0) FROM journal_entry j WHERE j.allocation_id = a.id),
                       (SELECT COALESCE(SUM(CASE WHEN p.status = 'SETTLED' THEN p.settled_vnd ELSE p.support_vnd END), 0)
                          FROM project p WHERE p.allocation_id = a.id
                           AND p.status IN ('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED')),
                       (SELECT COALESCE(SUM(p.disbursed_vnd), 0) FROM project p WHERE p.allocation_id = a.id)
                FROM allocation a WHERE a.id = :a""").setParameter("a", allocationId).getSingleResult();
        return exact(r);
    }

    public List<Allocation> allocations(
            String currentProvince, Integer year, FundingSource source, UUID planId, UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("FROM Allocation a WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        if (currentProvince != null) {
            q.append(" AND a.currentProvinceCode = :p");
            params.put("p", currentProvince);
        }
        if (year != null) {
            q.append(" AND a.fiscalYear = :y");
            params.put("y", year);
        }
        if (source != null) {
            q.append(" AND a.source = :s");
            params.put("s", source);
        }
        if (planId != null) {
            q.append(" AND a.planId = :plan");
            params.put("plan", planId);
        }
        if (afterId != null) {
            q.append(" AND a.id > :after");
            params.put("after", afterId);
        }
        var query = em().createQuery(q.append(" ORDER BY a.id").toString(), Allocation.class)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public List<Project> projects(String currentProvince, ProjectFilter filter, UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("FROM Project p WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        if (filter.beneficiaryId() != null) {
            q.append(" AND p.beneficiaryId = :b");
            params.put("b", filter.beneficiaryId());
        }
        if (filter.activityType() != null) {
            q.append(" AND p.activityType = :a");
            params.put("a", filter.activityType());
        }
        List<String> patterns = TextSearch.likePatterns(filter.q());
        for (int i = 0; i < patterns.size(); i++) {
            q.append(" AND p.searchText LIKE :q").append(i);
            params.put("q" + i, patterns.get(i));
        }
        if (currentProvince != null) {
            q.append(" AND p.currentProvinceCode = :p");
            params.put("p", currentProvince);
        }
        if (filter.allocationId() != null) {
            q.append(" AND p.allocationId = :al");
            params.put("al", filter.allocationId());
        }
        if (filter.status() != null) {
            q.append(" AND p.status = :s");
            params.put("s", filter.status());
        }
        if (filter.source() != null) {
            q.append(" AND p.source = :src");
            params.put("src", filter.source());
        }
        if (filter.year() != null) {
            q.append(" AND p.fiscalYear = :y");
            params.put("y", filter.year());
        }
        if (filter.planId() != null) {
            q.append(" AND p.planId = :plan");
            params.put("plan", filter.planId());
        }
        if (afterId != null) {
            q.append(" AND p.id > :after");
            params.put("after", afterId);
        }
        var query = em().createQuery(q.append(" ORDER BY p.id").toString(), Project.class)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public void recordStep(
            UUID projectId,
            String step,
            ProjectStatus after,
            String documentNumber,
            LocalDate documentDate,
            String decidedBy,
            String role,
            long amountVnd,
            String note) {
        em().createNativeQuery("""
                INSERT INTO project_step (project_id, step, status_after, document_number, document_date, decided_by, role,
                                          amount_vnd, note, at)
                VALUES (:p, :step, :after, :doc, :date, :by, :role, :amount, :note, now())""")
                .setParameter("p", projectId)
                .setParameter("step", step)
                .setParameter("after", after.name())
                .setParameter("doc", documentNumber)
                .setParameter("date", documentDate)
                .setParameter("by", decidedBy)
                .setParameter("role", role)
                .setParameter("amount", amountVnd)
                .setParameter("note", note)
                .executeUpdate();
    }

    /** step, status_after, document_number, document_date, decided_by, role, amount_vnd, note, at. */
    @SuppressWarnings("unchecked")
    public List<Object[]> steps(UUID projectId) {
        return em().createNativeQuery("""
                SELECT step, status_after, document_number, document_date, decided_by, role, amount_vnd, note, at
                FROM project_step WHERE project_id = :p ORDER BY id""").setParameter("p", projectId).getResultList();
    }

    private EntityManager em() {
        return getEntityManager();
    }

    /** A NUMERIC sum to an exact long: fails rather than wraps (never reached: figures are at most 10^15). */
    public static long exact(Object n) {
        if (n == null) {
            return 0;
        }
        if (n instanceof BigDecimal d) {
            return d.longValueExact();
        }
        if (n instanceof java.math.BigInteger i) {
            return i.longValueExact();
        }
        return ((Number) n).longValue();
    }

    private static long[] exact(Object[] r) {
        long[] sums = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            sums[i] = exact(r[i]);
        }
        return sums;
    }

    public SupportCeiling ceiling(UUID id) {
        return em().find(SupportCeiling.class, id);
    }

    /** Whether a ceiling of that activity, source and province (null: every one) already starts on that day. */
    public boolean ceilingStartsOn(String activityType, java.time.LocalDate from, String source, String provinceCode) {
        return !em().createQuery("""
                        FROM SupportCeiling c WHERE c.activityType = :a AND c.effectiveFrom = :from
                        AND ((c.source IS NULL AND CAST(:s AS String) IS NULL) OR c.source = :s)
                        AND ((c.provinceCode IS NULL AND CAST(:p AS String) IS NULL) OR c.provinceCode = :p)""", SupportCeiling.class)
                .setParameter("a", activityType)
                .setParameter("from", from)
                .setParameter("s", source)
                .setParameter("p", provinceCode)
                .getResultList()
                .isEmpty();
    }
}
