package vn.cnnt.funding.ledger.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.Commitment;
import vn.cnnt.funding.ledger.CommitmentFilter;
import vn.cnnt.funding.ledger.CommitmentStatus;
import vn.cnnt.funding.ledger.Disbursement;
import vn.cnnt.funding.ledger.Envelope;
import vn.cnnt.funding.ledger.JournalEntry;
import vn.cnnt.funding.ledger.SupportCeiling;
import vn.cnnt.kit.text.TextSearch;

/** Envelopes, commitments, disbursements and the journal: one repository because they move together. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<Envelope, UUID> {

    public Envelope lockEnvelope(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Commitment commitment(UUID id) {
        return em().find(Commitment.class, id);
    }

    public Commitment lockCommitment(UUID id) {
        return em().find(Commitment.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Envelope> ofPlan(UUID planId, int year, String source) {
        return find(
                        "planId = ?1 and fiscalYear = ?2 and source = ?3",
                        planId,
                        year,
                        vn.cnnt.funding.ledger.FundingSource.valueOf(source))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<Envelope> lockAllOfPlan(UUID planId) {
        return find("planId", planId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public void add(Object entity) {
        em().persist(entity);
    }

    public void flush() {
        em().flush();
    }

    public List<JournalEntry> journal(UUID envelopeId, long afterId, int limit) {
        return em().createQuery(
                        "FROM JournalEntry j WHERE j.envelopeId = :e AND j.id > :after ORDER BY j.id",
                        JournalEntry.class)
                .setParameter("e", envelopeId)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The sums of the journal of an envelope: budget, committed, disbursed. */
    public long[] journalTotals(UUID envelopeId) {
        Object[] r =
                (Object[]) em().createQuery("""
                SELECT COALESCE(SUM(j.budgetDelta), 0), COALESCE(SUM(j.committedDelta), 0), COALESCE(SUM(j.disbursedDelta), 0)
                FROM JournalEntry j WHERE j.envelopeId = :e""").setParameter("e", envelopeId).getSingleResult();
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()};
    }

    public List<Disbursement> disbursements(UUID commitmentId) {
        return em().createQuery(
                        "FROM Disbursement d WHERE d.commitmentId = :c ORDER BY d.createdAt, d.id", Disbursement.class)
                .setParameter("c", commitmentId)
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

    /** Support of a beneficiary's live commitments for an activity in a fiscal year (settled ones at what was paid). */
    public long supportReceived(UUID beneficiaryId, ActivityType activity, int fiscalYear) {
        return ((Number) em().createQuery("""
                SELECT COALESCE(SUM(CASE WHEN c.status = :settled THEN c.settledVnd ELSE c.supportVnd END), 0)
                FROM Commitment c, Envelope e WHERE e.id = c.envelopeId AND c.beneficiaryId = :b AND c.activityType = :a
                AND c.status IN :live AND e.fiscalYear = :y""")
                        .setParameter("settled", CommitmentStatus.SETTLED)
                        .setParameter("live", List.of(CommitmentStatus.APPROVED, CommitmentStatus.SETTLED))
                        .setParameter("b", beneficiaryId)
                        .setParameter("a", activity)
                        .setParameter("y", fiscalYear)
                        .getSingleResult())
                .longValue();
    }

    /** The envelopes of a page of commitments, in one query. */
    public Map<UUID, Envelope> envelopesOf(Collection<Commitment> commitments) {
        Set<UUID> ids = commitments.stream().map(c -> c.envelopeId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, e -> e));
    }

    /**
     * Reconciliation of an envelope: its balances, the sums of its journal, and the sums of its commitments (committed:
     * support of approved, settled amount of settled; disbursed: what was paid on them).
     */
    public long[] reconciliation(UUID envelopeId) {
        Object[] r = (Object[])
                em().createNativeQuery("""
                SELECT e.budget_vnd, e.committed_vnd, e.disbursed_vnd,
                       (SELECT COALESCE(SUM(j.budget_delta), 0) FROM journal_entry j WHERE j.envelope_id = e.id),
                       (SELECT COALESCE(SUM(j.committed_delta), 0) FROM journal_entry j WHERE j.envelope_id = e.id),
                       (SELECT COALESCE(SUM(j.disbursed_delta), 0) FROM journal_entry j WHERE j.envelope_id = e.id),
                       (SELECT COALESCE(SUM(CASE c.status WHEN 'APPROVED' THEN c.support_vnd ELSE c.settled_vnd END), 0)
                          FROM commitment c WHERE c.envelope_id = e.id AND c.status IN ('APPROVED', 'SETTLED')),
                       (SELECT COALESCE(SUM(c.disbursed_vnd), 0) FROM commitment c WHERE c.envelope_id = e.id)
                FROM envelope e WHERE e.id = :e""").setParameter("e", envelopeId).getSingleResult();
        long[] sums = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            sums[i] = ((Number) r[i]).longValue();
        }
        return sums;
    }

    public List<Envelope> envelopes(
            String currentProvince, Integer year, String source, UUID planId, UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("FROM Envelope e WHERE 1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (currentProvince != null) {
            q.append(" AND e.currentProvinceCode = :p");
            params.put("p", currentProvince);
        }
        if (year != null) {
            q.append(" AND e.fiscalYear = :y");
            params.put("y", year);
        }
        if (source != null) {
            q.append(" AND e.source = :s");
            params.put("s", vn.cnnt.funding.ledger.FundingSource.valueOf(source));
        }
        if (planId != null) {
            q.append(" AND e.planId = :plan");
            params.put("plan", planId);
        }
        if (afterId != null) {
            q.append(" AND e.id > :after");
            params.put("after", afterId);
        }
        var query = em().createQuery(q.append(" ORDER BY e.id").toString(), Envelope.class)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public List<Commitment> commitments(String currentProvince, CommitmentFilter filter, UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("FROM Commitment c WHERE 1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (filter.beneficiaryId() != null) {
            q.append(" AND c.beneficiaryId = :b");
            params.put("b", filter.beneficiaryId());
        }
        if (filter.activityType() != null) {
            q.append(" AND c.activityType = :a");
            params.put("a", filter.activityType());
        }
        List<String> patterns = TextSearch.likePatterns(filter.q());
        for (int i = 0; i < patterns.size(); i++) {
            q.append(" AND c.searchText LIKE :q").append(i);
            params.put("q" + i, patterns.get(i));
        }
        if (currentProvince != null) {
            q.append(" AND c.currentProvinceCode = :p");
            params.put("p", currentProvince);
        }
        if (filter.envelopeId() != null) {
            q.append(" AND c.envelopeId = :e");
            params.put("e", filter.envelopeId());
        }
        if (filter.status() != null) {
            q.append(" AND c.status = :s");
            params.put("s", filter.status());
        }
        if (afterId != null) {
            q.append(" AND c.id > :after");
            params.put("after", afterId);
        }
        var query = em().createQuery(q.append(" ORDER BY c.id").toString(), Commitment.class)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Budget, committed, disbursed, available per source. */
    @SuppressWarnings("unchecked")
    public List<Object[]> sumsBySource(String currentProvince, Integer year, UUID planId) {
        return em().createNativeQuery("""
                SELECT source, SUM(budget_vnd), SUM(committed_vnd), SUM(disbursed_vnd),
                       SUM(CASE WHEN frozen THEN 0 ELSE budget_vnd - committed_vnd END)
                FROM envelope WHERE (CAST(:p AS text) IS NULL OR current_province_code = :p)
                  AND (CAST(:y AS integer) IS NULL OR fiscal_year = :y) AND (CAST(:plan AS uuid) IS NULL OR plan_id = :plan)
                GROUP BY source ORDER BY source""")
                .setParameter("p", currentProvince)
                .setParameter("y", year)
                .setParameter("plan", planId)
                .getResultList();
    }

    /** Committed (support of approved, settled amount of settled commitments) and disbursed per activity type. */
    @SuppressWarnings("unchecked")
    public List<Object[]> sumsByActivity(String currentProvince, Integer year, UUID planId) {
        return em().createNativeQuery("""
                SELECT c.activity_type,
                       SUM(CASE c.status WHEN 'APPROVED' THEN c.support_vnd WHEN 'SETTLED' THEN c.settled_vnd ELSE 0 END),
                       SUM(c.disbursed_vnd)
                FROM commitment c JOIN envelope e ON e.id = c.envelope_id
                WHERE c.status IN ('APPROVED', 'SETTLED') AND (CAST(:p AS text) IS NULL OR e.current_province_code = :p)
                  AND (CAST(:y AS integer) IS NULL OR e.fiscal_year = :y) AND (CAST(:plan AS uuid) IS NULL OR e.plan_id = :plan)
                GROUP BY c.activity_type ORDER BY c.activity_type""")
                .setParameter("p", currentProvince)
                .setParameter("y", year)
                .setParameter("plan", planId)
                .getResultList();
    }

    private EntityManager em() {
        return getEntityManager();
    }
}
