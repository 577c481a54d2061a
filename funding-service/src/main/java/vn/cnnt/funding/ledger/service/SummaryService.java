package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
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

/** Budget, committed, disbursed and available money by source and by activity, summed in the database. */
@ApplicationScoped
public class SummaryService {

    private final LedgerRepository ledger;
    private final AdministrativeUnits units;
    private final Caller caller;

    SummaryService(LedgerRepository ledger, AdministrativeUnits units, Caller caller) {
        this.ledger = ledger;
        this.units = units;
        this.caller = caller;
    }

    public LedgerViews.Summary summary(String province, Integer year, UUID planId) {
        String requested = province == null ? null : units.requireCurrentOrFormer("province", province);
        ProvinceScope scope = caller.listScope(requested);
        List<LedgerViews.BySource> bySource = new ArrayList<>();
        List<LedgerViews.ByActivity> byActivity = new ArrayList<>();
        long[] total = new long[4];
        if (!scope.isEmpty()) {
            for (Object[] r : ledger.sumsBySource(scope.code(), year, planId)) {
                LedgerViews.Money money = new LedgerViews.Money(n(r[1]), n(r[2]), n(r[3]), n(r[4]));
                bySource.add(new LedgerViews.BySource(FundingSource.valueOf((String) r[0]), money));
                total[0] += money.budgetVnd();
                total[1] += money.committedVnd();
                total[2] += money.disbursedVnd();
                total[3] += money.availableVnd();
            }
            for (Object[] r : ledger.sumsByActivity(scope.code(), year, planId)) {
                byActivity.add(new LedgerViews.ByActivity(ActivityType.valueOf((String) r[0]), n(r[1]), n(r[2])));
            }
        }
        return new LedgerViews.Summary(
                scope.everything() ? null : scope.code(),
                year,
                planId,
                new LedgerViews.Money(total[0], total[1], total[2], total[3]),
                bySource,
                byActivity);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
