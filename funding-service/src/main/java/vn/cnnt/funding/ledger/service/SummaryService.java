package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.api.LedgerResponses;
import vn.cnnt.funding.ledger.repository.SummaryRepository;
import vn.cnnt.kit.money.Sums;
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

    private final SummaryRepository sums;
    private final AdministrativeUnits units;
    private final Caller caller;

    SummaryService(SummaryRepository sums, AdministrativeUnits units, Caller caller) {
        this.sums = sums;
        this.units = units;
        this.caller = caller;
    }

    public LedgerResponses.Summary summary(
            String province, Integer year, String source, String activityType, UUID planId) {
        String requested = province == null ? null : units.requireCurrentOrFormer("province", province);
        FundingSource s = QueryParams.enumValue("source", source, FundingSource.class);
        ActivityType a = QueryParams.enumValue("activityType", activityType, ActivityType.class);
        ProvinceScope scope = caller.aggregateScope(requested);
        List<LedgerResponses.SummaryRow> bySource = new ArrayList<>();
        List<LedgerResponses.SummaryRow> byActivity = new ArrayList<>();
        List<LedgerResponses.SummaryRow> byPlan = new ArrayList<>();
        long[] total = new long[8];
        if (!scope.isEmpty()) {
            for (LedgerResponses.SummaryRow row : sums.bySource(scope.code(), year, s, a, planId)) {
                bySource.add(row);
                boolean wholePeriod = row.year() == null && year != null;
                long[] v = values(row.stages());
                for (int i = 0; i < total.length; i++) {
                    if (!(wholePeriod && i == 0)) {
                        total[i] = Sums.add(total[i], v[i], "of the summary's total");
                    }
                }
            }
            byActivity.addAll(sums.byActivity(scope.code(), year, s, a, planId));
            byPlan.addAll(sums.byPlan(scope.code(), year, s, a, planId));
        }
        return new LedgerResponses.Summary(
                scope.everything() ? null : scope.code(),
                year,
                s,
                a,
                planId,
                new LedgerResponses.Stages(
                        total[0], total[1], total[2], total[3], total[4], total[5], total[6], total[7]),
                bySource,
                byActivity,
                byPlan);
    }

    private static long[] values(LedgerResponses.Stages s) {
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
