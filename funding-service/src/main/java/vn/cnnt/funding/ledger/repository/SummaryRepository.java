package vn.cnnt.funding.ledger.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.ProjectStatus;
import vn.cnnt.funding.ledger.api.LedgerResponses;
import vn.cnnt.kit.money.Sums;

/**
 * The read side's sums: estimates, allocations and projects side by side, summed as NUMERIC and read exactly: one
 * row per province, year and source, and per activity or plan.
 */
@ApplicationScoped
public class SummaryRepository {

    private static final String ROWS = """
            WITH rows AS (
              SELECT pe.current_province_code AS province, l.fiscal_year AS year, l.source AS source, NULL AS activity,
                     pe.plan_id AS plan, CAST(l.amount_vnd AS numeric) AS estimate, 0 AS allocated, 0 AS committed, 0 AS disbursed,
                     0 AS accepted, 0 AS settled, 0 AS counterpart, 0 AS other
              FROM plan_estimate pe JOIN plan_estimate_line l ON l.plan_id = pe.plan_id
              WHERE pe.status = 'ACTIVE' AND CAST(:activity AS text) IS NULL
                AND (CAST(:year AS integer) IS NULL OR l.fiscal_year = :year
                     OR (l.fiscal_year IS NULL AND :year BETWEEN l.from_year AND l.to_year))
                AND (CAST(:plan AS uuid) IS NULL OR pe.plan_id = :plan)
                AND (CAST(:province AS text) IS NULL OR pe.current_province_code = :province)
              UNION ALL
              SELECT a.current_province_code, a.fiscal_year, a.source, NULL, a.plan_id, 0, CAST(a.allocated_vnd AS numeric), 0, 0, 0, 0, 0, 0
              FROM allocation a
              WHERE CAST(:activity AS text) IS NULL AND (CAST(:year AS integer) IS NULL OR a.fiscal_year = :year)
                AND (CAST(:plan AS uuid) IS NULL OR a.plan_id = :plan)
                AND (CAST(:province AS text) IS NULL OR a.current_province_code = :province)
              UNION ALL
              SELECT p.current_province_code, p.fiscal_year, p.source, p.activity_type, p.plan_id, 0, 0,
                     CAST(CASE WHEN p.status = :settled THEN p.settled_vnd
                               WHEN p.status IN (:committed) THEN p.support_vnd
                               ELSE 0 END AS numeric),
                     CAST(p.disbursed_vnd AS numeric), CAST(p.accepted_vnd AS numeric),
                     CAST(COALESCE(p.settled_vnd, 0) AS numeric),
                     CAST(p.counterpart_vnd AS numeric), CAST(p.other_vnd AS numeric)
              FROM project p
              WHERE p.status IN (:supported)
                AND (CAST(:activity AS text) IS NULL OR p.activity_type = :activity)
                AND (CAST(:year AS integer) IS NULL OR p.fiscal_year = :year)
                AND (CAST(:plan AS uuid) IS NULL OR p.plan_id = :plan)
                AND (CAST(:province AS text) IS NULL OR p.current_province_code = :province)
            )
            SELECT province, year, source, %s, SUM(estimate), SUM(allocated), SUM(committed), SUM(disbursed),
                   SUM(accepted), SUM(settled), SUM(counterpart), SUM(other)
            FROM rows WHERE (CAST(:source AS text) IS NULL OR source = :source) %s
            GROUP BY province, year, source%s ORDER BY province, year NULLS FIRST, source%s""";

    private final EntityManager em;

    SummaryRepository(EntityManager em) {
        this.em = em;
    }

    public List<LedgerResponses.SummaryRow> bySource(
            String province, Integer year, FundingSource source, ActivityType activity, UUID plan) {
        return rows(String.format(ROWS, "NULL, NULL", "", "", ""), province, year, source, activity, plan);
    }

    public List<LedgerResponses.SummaryRow> byActivity(
            String province, Integer year, FundingSource source, ActivityType activity, UUID plan) {
        return rows(
                String.format(ROWS, "activity, NULL", "AND activity IS NOT NULL", ", activity", ", activity"),
                province,
                year,
                source,
                activity,
                plan);
    }

    public List<LedgerResponses.SummaryRow> byPlan(
            String province, Integer year, FundingSource source, ActivityType activity, UUID plan) {
        return rows(
                String.format(ROWS, "NULL, plan", "AND plan IS NOT NULL", ", plan", ", plan"),
                province,
                year,
                source,
                activity,
                plan);
    }

    private List<LedgerResponses.SummaryRow> rows(
            String sql, String province, Integer year, FundingSource source, ActivityType activity, UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("province", province)
                .setParameter("year", year)
                .setParameter("source", source == null ? null : source.name())
                .setParameter("activity", activity == null ? null : activity.name())
                .setParameter("plan", planId)
                .setParameter("settled", ProjectStatus.SETTLED.name())
                .setParameter("committed", names(ProjectStatus.COMMITTED))
                .setParameter("supported", names(ProjectStatus.SUPPORTED))
                .getResultList();
        return rows.stream().map(SummaryRepository::row).toList();
    }

    /** Status sets bound as parameters, never written as literals: {@link ProjectStatus} is their one source. */
    static List<String> names(Set<ProjectStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static LedgerResponses.SummaryRow row(Object[] r) {
        return new LedgerResponses.SummaryRow(
                (String) r[0],
                r[1] == null ? null : ((Number) r[1]).intValue(),
                FundingSource.valueOf((String) r[2]),
                r[3] == null ? null : ActivityType.valueOf((String) r[3]),
                (UUID) r[4],
                new LedgerResponses.Stages(
                        Sums.exact(r[5], "of estimates"),
                        Sums.exact(r[6], "of allocations"),
                        Sums.exact(r[7], "of commitments"),
                        Sums.exact(r[8], "of disbursements"),
                        Sums.exact(r[9], "of acceptances"),
                        Sums.exact(r[10], "of settlements"),
                        Sums.exact(r[11], "of counterpart money"),
                        Sums.exact(r[12], "of other money")));
    }
}
