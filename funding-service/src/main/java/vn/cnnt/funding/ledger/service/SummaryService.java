package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.api.LedgerViews;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.web.QueryParams;

/**
 * The read side: the stages side by side (estimate, allocated, committed, disbursed, accepted, settled) and the
 * counterpart and other money of the projects, per province, year, source and activity, summed in the database as
 * NUMERIC and converted exactly. A province sees its own; the ministry sees the country. Estimates and allocations are
 * not per activity: filtered by activity, the summary shows the projects' stages only. byPlan gives the same per plan
 * (projects and allocations that name one).
 */
@ApplicationScoped
public class SummaryService {

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
                     CAST(CASE WHEN p.status = 'SETTLED' THEN p.settled_vnd
                               WHEN p.status IN ('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED') THEN p.support_vnd
                               ELSE 0 END AS numeric),
                     CAST(p.disbursed_vnd AS numeric), CAST(p.accepted_vnd AS numeric),
                     CAST(COALESCE(p.settled_vnd, 0) AS numeric),
                     CAST(p.counterpart_vnd AS numeric), CAST(p.other_vnd AS numeric)
              FROM project p
              WHERE p.status IN ('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED')
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
    private final AdministrativeUnits units;
    private final Caller caller;

    SummaryService(EntityManager em, AdministrativeUnits units, Caller caller) {
        this.em = em;
        this.units = units;
        this.caller = caller;
    }

    public LedgerViews.Summary summary(String province, Integer year, String source, String activityType, UUID planId) {
        String requested = province == null ? null : units.requireCurrentOrFormer("province", province);
        FundingSource s = QueryParams.enumValue("source", source, FundingSource.class);
        ActivityType a = QueryParams.enumValue("activityType", activityType, ActivityType.class);
        ProvinceScope scope = caller.listScope(requested);
        List<LedgerViews.SummaryRow> bySource = new ArrayList<>();
        List<LedgerViews.SummaryRow> byActivity = new ArrayList<>();
        List<LedgerViews.SummaryRow> byPlan = new ArrayList<>();
        long[] total = new long[8];
        if (!scope.isEmpty()) {
            for (Object[] r : rows(String.format(ROWS, "NULL, NULL", "", "", ""), scope.code(), year, s, a, planId)) {
                LedgerViews.SummaryRow row = row(r);
                bySource.add(row);
                boolean wholePeriod = row.year() == null && year != null;
                long[] v = values(row.stages());
                for (int i = 0; i < total.length; i++) {
                    if (!(wholePeriod && i == 0)) {
                        total[i] = Math.addExact(total[i], v[i]);
                    }
                }
            }
            for (Object[] r : rows(
                    String.format(ROWS, "activity, NULL", "AND activity IS NOT NULL", ", activity", ", activity"),
                    scope.code(),
                    year,
                    s,
                    a,
                    planId)) {
                byActivity.add(row(r));
            }
            for (Object[] r : rows(
                    String.format(ROWS, "NULL, plan", "AND plan IS NOT NULL", ", plan", ", plan"),
                    scope.code(),
                    year,
                    s,
                    a,
                    planId)) {
                byPlan.add(row(r));
            }
        }
        return new LedgerViews.Summary(
                scope.everything() ? null : scope.code(),
                year,
                s,
                a,
                planId,
                new LedgerViews.Stages(total[0], total[1], total[2], total[3], total[4], total[5], total[6], total[7]),
                bySource,
                byActivity,
                byPlan);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(
            String sql, String province, Integer year, FundingSource source, ActivityType activity, UUID planId) {
        return em.createNativeQuery(sql)
                .setParameter("province", province)
                .setParameter("year", year)
                .setParameter("source", source == null ? null : source.name())
                .setParameter("activity", activity == null ? null : activity.name())
                .setParameter("plan", planId)
                .getResultList();
    }

    private static LedgerViews.SummaryRow row(Object[] r) {
        return new LedgerViews.SummaryRow(
                (String) r[0],
                r[1] == null ? null : ((Number) r[1]).intValue(),
                FundingSource.valueOf((String) r[2]),
                r[3] == null ? null : ActivityType.valueOf((String) r[3]),
                (UUID) r[4],
                new LedgerViews.Stages(
                        LedgerRepository.exact(r[5]),
                        LedgerRepository.exact(r[6]),
                        LedgerRepository.exact(r[7]),
                        LedgerRepository.exact(r[8]),
                        LedgerRepository.exact(r[9]),
                        LedgerRepository.exact(r[10]),
                        LedgerRepository.exact(r[11]),
                        LedgerRepository.exact(r[12])));
    }

    private static long[] values(LedgerViews.Stages s) {
        return new long[] {
            s.estimateVnd(),
            s.allocatedVnd(),
            s.committedVnd(),
            s.disbursedVnd(),
            s.acceptedVnd(),
            s.settledVnd(),
            s.counterpartVnd(),
            s.otherVnd()
        };
    }
}
