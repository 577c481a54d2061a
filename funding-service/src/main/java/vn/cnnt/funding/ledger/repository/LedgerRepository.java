package vn.cnnt.funding.ledger.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.Allocation;
import vn.cnnt.funding.ledger.Disbursement;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.JournalEntry;
import vn.cnnt.funding.ledger.Project;
import vn.cnnt.funding.ledger.ProjectStatus;
import vn.cnnt.funding.ledger.SupportCeiling;
import vn.cnnt.funding.ledger.api.LedgerResponses;
import vn.cnnt.kit.money.Sums;
import vn.cnnt.kit.persistence.QueryFilter;
import vn.cnnt.kit.persistence.SqlValues;
import vn.cnnt.kit.text.TextSearch;

/** Allocations, projects, disbursements and the journal: one repository because they move together. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<Allocation, UUID> {

    /**
     * The statuses of a supported project as enum literals written in the query text. Bound as a list parameter they
     * made Hibernate translate the query again on every approval (a multi-valued parameter makes its interpretation
     * uncacheable); as literals the query is one fixed text, translated once.
     */
    private static final String SUPPORTED_STATUSES = ProjectStatus.SUPPORTED.stream()
            .map(s -> ProjectStatus.class.getName() + "." + s.name())
            .collect(Collectors.joining(", ", "(", ")"));

    /**
     * The activities of one content ({@code SupportCeilings.sameContent}: one, or machinery and a technology line) as
     * this many single parameters, the last repeated when there are fewer: one fixed query text for every call.
     */
    private static final int SAME_CONTENT_PARAMETERS = 2;

    private static final String SAME_CONTENT = IntStream.range(0, SAME_CONTENT_PARAMETERS)
            .mapToObj(i -> ":a" + i)
            .collect(Collectors.joining(", ", "p.activityType IN (", ")"));

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

    /** The sums of the journal of an allocation, each of its own column. */
    public record JournalTotals(long budget, long committed, long disbursed, long accepted, long settled) {}

    /**
     * What reconciling an allocation compares: its balances, the sums of its journal, and the sums of its projects
     * (committed: support while committed, the settled amount once settled; disbursed: what was paid on them).
     */
    public record ReconciliationSums(
            long allocated,
            long committed,
            long disbursed,
            long journalBudget,
            long journalCommitted,
            long journalDisbursed,
            long projectsCommitted,
            long projectsDisbursed) {}

    public JournalTotals journalTotals(UUID allocationId) {
        Object[] r = (Object[])
                em().createNativeQuery("""
                SELECT COALESCE(SUM(budget_delta), 0), COALESCE(SUM(committed_delta), 0),
                       COALESCE(SUM(disbursed_delta), 0), COALESCE(SUM(accepted_delta), 0), COALESCE(SUM(settled_delta), 0)
                FROM journal_entry WHERE allocation_id = :a""").setParameter("a", allocationId).getSingleResult();
        return new JournalTotals(
                Sums.exact(r[0], "of the journal's budget"),
                Sums.exact(r[1], "of the journal's commitments"),
                Sums.exact(r[2], "of the journal's disbursements"),
                Sums.exact(r[3], "of the journal's acceptances"),
                Sums.exact(r[4], "of the journal's settlements"));
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

    private static <Q extends Query> Q bindActivities(Q query, Collection<ActivityType> activities) {
        if (activities.isEmpty() || activities.size() > SAME_CONTENT_PARAMETERS) {
            throw new IllegalArgumentException(
                    "One content is 1 to " + SAME_CONTENT_PARAMETERS + " activities: " + activities);
        }
        List<ActivityType> list = List.copyOf(activities);
        for (int i = 0; i < SAME_CONTENT_PARAMETERS; i++) {
            query.setParameter("a" + i, list.get(Math.min(i, list.size() - 1)));
        }
        return query;
    }

    /**
     * Public support of a beneficiary's supported projects of these activities in a fiscal year (settled ones at what
     * was paid), other than the given project.
     */
    public long supportReceived(UUID beneficiaryId, Collection<ActivityType> activities, int fiscalYear, UUID except) {
        return Sums.exact(
                bindActivities(
                                em().createQuery("SELECT COALESCE(SUM(CASE WHEN p.status = :settled"
                                        + " THEN CAST(p.settledVnd AS BigDecimal) ELSE CAST(p.supportVnd AS BigDecimal)"
                                        + " END), 0) FROM Project p WHERE p.beneficiaryId = :b AND " + SAME_CONTENT
                                        + " AND p.id <> :except AND p.status IN " + SUPPORTED_STATUSES
                                        + " AND p.fiscalYear = :y"),
                                activities)
                        .setParameter("settled", ProjectStatus.SETTLED)
                        .setParameter("b", beneficiaryId)
                        .setParameter("y", fiscalYear)
                        .setParameter("except", except)
                        .getSingleResult(),
                "of the support received");
    }

    /** Another supported project of the beneficiary for the same content (activity) in the year, if any. */
    public Optional<Project> otherSupport(
            UUID beneficiaryId, Collection<ActivityType> activities, int year, UUID except) {
        return bindActivities(
                        em().createQuery(
                                        "FROM Project p WHERE p.beneficiaryId = :b AND " + SAME_CONTENT
                                                + " AND p.fiscalYear = :y AND p.status IN " + SUPPORTED_STATUSES
                                                + " AND p.id <> :except ORDER BY p.id",
                                        Project.class),
                        activities)
                .setParameter("b", beneficiaryId)
                .setParameter("y", year)
                .setParameter("except", except)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public ReconciliationSums reconciliation(UUID allocationId) {
        Object[] r = (Object[]) em().createNativeQuery("""
                        SELECT a.allocated_vnd, a.committed_vnd, a.disbursed_vnd,
                               (SELECT COALESCE(SUM(j.budget_delta), 0) FROM journal_entry j WHERE j.allocation_id = a.id),
                               (SELECT COALESCE(SUM(j.committed_delta), 0) FROM journal_entry j WHERE j.allocation_id = a.id),
                               (SELECT COALESCE(SUM(j.disbursed_delta), 0) FROM journal_entry j WHERE j.allocation_id = a.id),
                               (SELECT COALESCE(SUM(CASE WHEN p.status = :settled THEN p.settled_vnd ELSE p.support_vnd END), 0)
                                  FROM project p WHERE p.allocation_id = a.id AND p.status IN (:supported)),
                               (SELECT COALESCE(SUM(p.disbursed_vnd), 0) FROM project p WHERE p.allocation_id = a.id)
                        FROM allocation a WHERE a.id = :a""")
                .setParameter("a", allocationId)
                .setParameter("settled", ProjectStatus.SETTLED.name())
                .setParameter("supported", SummaryRepository.names(ProjectStatus.SUPPORTED))
                .getSingleResult();
        return new ReconciliationSums(
                Sums.exact(r[0], "allocated"),
                Sums.exact(r[1], "committed"),
                Sums.exact(r[2], "disbursed"),
                Sums.exact(r[3], "of the journal's budget"),
                Sums.exact(r[4], "of the journal's commitments"),
                Sums.exact(r[5], "of the journal's disbursements"),
                Sums.exact(r[6], "of the projects' commitments"),
                Sums.exact(r[7], "of the projects' disbursements"));
    }

    public List<Allocation> allocations(
            String currentProvince, Integer year, FundingSource source, UUID planId, UUID afterId, int limit) {
        return QueryFilter.of()
                .equal("a.currentProvinceCode", currentProvince)
                .equal("a.fiscalYear", year)
                .equal("a.source", source)
                .equal("a.planId", planId)
                .greater("a.id", afterId)
                .query(em(), "FROM Allocation a", "ORDER BY a.id", Allocation.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Project> projects(String currentProvince, ProjectFilter filter, UUID afterId, int limit) {
        return QueryFilter.of()
                .equal("p.beneficiaryId", filter.beneficiaryId())
                .equal("p.activityType", filter.activityType())
                .containsAll("p.searchText", TextSearch.likePatterns(filter.q()))
                .equal("p.currentProvinceCode", currentProvince)
                .equal("p.allocationId", filter.allocationId())
                .equal("p.status", filter.status())
                .equal("p.source", filter.source())
                .equal("p.fiscalYear", filter.year())
                .equal("p.planId", filter.planId())
                .greater("p.id", afterId)
                .query(em(), "FROM Project p", "ORDER BY p.id", Project.class)
                .setMaxResults(limit)
                .getResultList();
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

    /** The steps of a project (approval, contract, …), oldest first. */
    public List<LedgerResponses.StepResponse> steps(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em().createNativeQuery("""
                SELECT step, status_after, document_number, document_date, decided_by, role, amount_vnd, note, at
                FROM project_step WHERE project_id = :p ORDER BY id""").setParameter("p", projectId).getResultList();
        return rows.stream()
                .map(r -> new LedgerResponses.StepResponse(
                        (String) r[0],
                        ProjectStatus.valueOf((String) r[1]),
                        (String) r[2],
                        r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
                        (String) r[4],
                        (String) r[5],
                        ((Number) r[6]).longValue(),
                        (String) r[7],
                        SqlValues.instant(r[8])))
                .toList();
    }

    private EntityManager em() {
        return getEntityManager();
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
