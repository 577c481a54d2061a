package vn.cnnt.cluster.industrialcluster.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cnnt.cluster.ClusterProblems;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;
import vn.cnnt.cluster.industrialcluster.Occupancy;
import vn.cnnt.cluster.industrialcluster.api.ClusterReport;
import vn.cnnt.cluster.industrialcluster.api.ClusterStatistics;
import vn.cnnt.cluster.industrialcluster.api.DeveloperPayload;
import vn.cnnt.cluster.industrialcluster.api.RuleSetResponse;
import vn.cnnt.cluster.industrialcluster.repository.ClusterReportRepository;
import vn.cnnt.cluster.industrialcluster.repository.ReportRow;
import vn.cnnt.cluster.industrialcluster.repository.RuleSetRepository;
import vn.cnnt.cluster.industrialcluster.repository.StatusFigures;
import vn.cnnt.kit.money.Sums;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.units.AdministrativeUnits;

/** Province statistics and the periodic reports; figures are summed in PostgreSQL, scoped like every list. */
@ApplicationScoped
public class ClusterReportService {

    private static final BigDecimal ZERO_HA = BigDecimal.ZERO.setScale(2);

    private final ClusterReportRepository reports;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final RuleSetRepository ruleSets;

    ClusterReportService(
            ClusterReportRepository reports, AdministrativeUnits units, Caller caller, RuleSetRepository ruleSets) {
        this.ruleSets = ruleSets;
        this.reports = reports;
        this.units = units;
        this.caller = caller;
    }

    /** The rule sets with their effective dates, oldest first: public reference data. */
    public List<RuleSetResponse> ruleSets() {
        return ruleSets.all().stream()
                .map(r -> new RuleSetResponse(
                        r.code,
                        r.legalBasis,
                        r.effectiveFrom,
                        r.effectiveTo,
                        r.checked,
                        r.minAreaHa,
                        r.minAreaMountainousOrCraftVillageHa,
                        r.maxAreaHa,
                        r.establishmentScope,
                        r.establishmentAverageOccupancyAbovePercent,
                        r.establishmentUnleasedLandAtMostHa,
                        r.expansionOccupancyAtLeastPercent,
                        r.craftVillageLandAtLeastPercent,
                        r.unconfirmed))
                .toList();
    }

    public ClusterStatistics statistics(String province) {
        ProvinceScope scope = scope(province);
        List<StatusFigures> figures = scope.isEmpty() ? List.of() : reports.byStatus(scope.code());
        Map<ClusterStatus, Long> byStatus = emptyByStatus();
        BigDecimal area = ZERO_HA;
        BigDecimal land = ZERO_HA;
        BigDecimal leased = ZERO_HA;
        BigDecimal occupancySum = BigDecimal.ZERO;
        long established = 0;
        for (StatusFigures f : figures) {
            byStatus.put(f.status(), f.clusters());
            if (f.status() != ClusterStatus.WITHDRAWN) {
                area = area.add(f.totalAreaHa());
                land = land.add(f.industrialLandHa());
                leased = leased.add(f.leasedHa());
            }
            if (f.status().established()) {
                occupancySum = occupancySum.add(f.occupancySum());
                established += f.clusters();
            }
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new ClusterStatistics(
                scope.code(), total, byStatus, area, land, leased, Occupancy.mean(occupancySum, established));
    }

    public ClusterReport report(String period, int year, String province) {
        ReportPeriod p = ReportPeriod.of(period)
                .orElseThrow(() -> ClusterProblems.UNKNOWN_REPORT_PERIOD.exception(
                        "Reports are 'half-year' or 'annual' (Thông tư 14/2024/TT-BCT); '" + period + "' is neither"));
        ProvinceScope scope = scope(province);
        List<ReportRow> rows = scope.isEmpty() ? List.of() : reports.asOf(scope.code(), p.dataTo(year));
        List<ClusterReport.Line> lines =
                rows.stream().map(ClusterReportService::line).toList();
        return new ClusterReport(
                p.path(),
                year,
                p.dataFrom(year),
                p.dataTo(year),
                p.dueBefore(year),
                scope.code(),
                summary(lines),
                lines);
    }

    private ProvinceScope scope(String province) {
        return caller.aggregateScope(province == null ? null : units.requireCurrentOrFormer("province", province));
    }

    private static ClusterReport.Line line(ReportRow r) {
        DeveloperPayload developer = r.developerKind() == null
                ? null
                : new DeveloperPayload(r.developerKind(), r.developerName(), r.developerTaxCode());
        return new ClusterReport.Line(
                r.clusterId(),
                r.name(),
                r.provinceCode(),
                r.status(),
                r.totalAreaHa(),
                r.industrialLandHa(),
                r.leasedHa(),
                Occupancy.percent(r.leasedHa(), r.industrialLandHa()),
                developer,
                r.tenants(),
                r.registeredCapitalVnd(),
                r.jobs(),
                r.totalInvestmentVnd(),
                r.stateSupportVnd());
    }

    private static ClusterReport.Summary summary(List<ClusterReport.Line> lines) {
        Map<ClusterStatus, Long> byStatus = emptyByStatus();
        BigDecimal area = ZERO_HA;
        BigDecimal land = ZERO_HA;
        BigDecimal leased = ZERO_HA;
        BigDecimal occupancySum = BigDecimal.ZERO;
        long established = 0;
        long tenants = 0;
        long capital = 0;
        long jobs = 0;
        long investment = 0;
        long support = 0;
        for (ClusterReport.Line l : lines) {
            byStatus.merge(l.status(), 1L, Long::sum);
            if (l.status() != ClusterStatus.WITHDRAWN) {
                area = area.add(l.totalAreaHa());
                land = land.add(l.industrialLandHa());
                leased = leased.add(l.leasedHa());
            }
            if (l.status().established()) {
                occupancySum = occupancySum.add(Occupancy.rate(l.leasedHa(), l.industrialLandHa()));
                established++;
            }
            tenants = Sums.add(tenants, l.tenants(), "of tenants");
            capital = Sums.add(capital, l.registeredCapitalVnd(), "of capital");
            jobs = Sums.add(jobs, l.jobs(), "of jobs");
            investment =
                    Sums.add(investment, l.totalInvestmentVnd() == null ? 0 : l.totalInvestmentVnd(), "of investment");
            support = Sums.add(support, l.stateSupportVnd(), "of support");
        }
        return new ClusterReport.Summary(
                lines.size(),
                byStatus,
                area,
                land,
                leased,
                Occupancy.mean(occupancySum, established),
                tenants,
                capital,
                jobs,
                investment,
                support);
    }

    private static Map<ClusterStatus, Long> emptyByStatus() {
        Map<ClusterStatus, Long> byStatus = new EnumMap<>(ClusterStatus.class);
        for (ClusterStatus s : ClusterStatus.values()) {
            byStatus.put(s, 0L);
        }
        return byStatus;
    }
}
