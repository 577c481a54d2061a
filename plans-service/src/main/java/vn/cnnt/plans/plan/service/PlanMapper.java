package vn.cnnt.plans.plan.service;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.plans.plan.DocumentNumber;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.FundingSource;
import vn.cnnt.plans.plan.LegalBasis;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanTask;
import vn.cnnt.plans.plan.api.PlanEventData;
import vn.cnnt.plans.plan.api.PlanResponse;

/**
 * Entities to the API's records; a plan's totals are computed here from its funding lines (the lists show the total
 * the database keeps on the plan from the same lines).
 */
@Singleton
public class PlanMapper {

    private final AdministrativeUnits units;

    PlanMapper(AdministrativeUnits units) {
        this.units = units;
    }

    public PlanResponse toResponse(Plan p) {
        return toResponse(p, p.fundingLines);
    }

    /** The plan with these funding lines (its own, read separately from it). */
    public PlanResponse toResponse(Plan p, List<FundingLine> fundingLines) {
        DocumentNumber number = DocumentNumber.parse(p.documentNumber).orElseThrow();
        return new PlanResponse(
                p.id,
                p.version,
                p.kind,
                p.title,
                p.provinceCode,
                units.find(p.provinceCode, p.issuedOn).map(ProvinceUnit::name).orElse(null),
                p.currentProvinceCode,
                p.documentNumber,
                new PlanResponse.DocumentNumberParts(number.number(), number.year(), number.type(), number.issuer()),
                p.issuingAuthority,
                p.signer,
                p.issuedOn,
                p.effectiveOn,
                p.periodFrom,
                p.periodTo,
                bases(p.legalBases),
                p.implementingUnit,
                p.parent == null ? null : p.parent.id,
                p.purposes,
                p.status,
                p.decisionNumber,
                p.statusNote,
                p.amendmentCount,
                supersession(p),
                p.tasks.stream().map(PlanMapper::toResponse).toList(),
                fundingLines.stream()
                        .map(l -> new PlanResponse.FundingLineResponse(
                                l.year,
                                l.source,
                                l.programme,
                                l.programmeName,
                                l.task == null ? null : l.task.id,
                                l.task == null ? null : l.task.code,
                                l.amountVnd))
                        .toList(),
                totals(fundingLines),
                p.createdAt,
                p.createdBy,
                p.updatedAt,
                p.updatedBy);
    }

    public PlanEventData toEvent(Plan p) {
        return new PlanEventData(
                p.id,
                p.version,
                p.kind,
                p.documentNumber,
                p.title,
                p.provinceCode,
                p.currentProvinceCode,
                p.status,
                p.periodFrom,
                p.periodTo,
                p.amendmentCount,
                p.tasks.stream()
                        .map(t -> new PlanEventData.Task(
                                t.id,
                                t.code,
                                t.title,
                                t.category,
                                t.leadAgency,
                                t.implementingUnit,
                                eventBases(t.legalBases)))
                        .toList(),
                p.fundingLines.stream()
                        .map(l -> new PlanEventData.Line(
                                l.year,
                                l.source,
                                l.task == null ? null : l.task.id,
                                l.amountVnd,
                                l.year == null ? p.periodFrom : l.year,
                                l.year == null ? p.periodTo : l.year,
                                l.programme,
                                l.programmeName))
                        .toList(),
                p.issuingAuthority,
                p.issuedOn,
                p.decisionNumber,
                p.implementingUnit,
                p.parent == null ? null : p.parent.id,
                eventBases(p.legalBases),
                p.supersededByDocument == null
                        ? null
                        : new PlanEventData.Supersession(
                                p.supersededByPlan == null ? null : p.supersededByPlan.id,
                                p.supersededByDocument,
                                p.supersededOn),
                estimate(p));
    }

    /** The funding table summed per source and per year (null: the whole period), exactly and overflow-checked. */
    static PlanEventData.Estimate estimate(Plan p) {
        record Key(FundingSource source, Integer year) {}
        Map<Key, Long> lines = new TreeMap<>(Comparator.comparing((Key k) -> k.source())
                .thenComparing(Key::year, Comparator.nullsFirst(Comparator.naturalOrder())));
        Map<FundingSource, Long> bySource = new EnumMap<>(FundingSource.class);
        long total = 0;
        for (FundingLine l : p.fundingLines) {
            total = Math.addExact(total, l.amountVnd);
            bySource.merge(l.source, l.amountVnd, Math::addExact);
            lines.merge(new Key(l.source, l.year), l.amountVnd, Math::addExact);
        }
        return new PlanEventData.Estimate(
                total,
                bySource.entrySet().stream()
                        .map(e -> new PlanEventData.SourceTotal(e.getKey(), e.getValue()))
                        .toList(),
                lines.entrySet().stream()
                        .map(e -> new PlanEventData.EstimateLine(
                                e.getKey().source(),
                                e.getKey().year(),
                                e.getKey().year() == null
                                        ? p.periodFrom
                                        : e.getKey().year(),
                                e.getKey().year() == null
                                        ? p.periodTo
                                        : e.getKey().year(),
                                e.getValue()))
                        .toList());
    }

    private static PlanResponse.Supersession supersession(Plan p) {
        return p.supersededByDocument == null
                ? null
                : new PlanResponse.Supersession(
                        p.supersededByPlan == null ? null : p.supersededByPlan.id,
                        p.supersededByDocument,
                        p.supersededOn);
    }

    private static List<PlanResponse.LegalBasisResponse> bases(List<LegalBasis> bases) {
        return bases.stream()
                .map(b -> new PlanResponse.LegalBasisResponse(b.documentNumber(), b.issuedOn(), b.title()))
                .toList();
    }

    private static List<PlanEventData.LegalBasis> eventBases(List<LegalBasis> bases) {
        return bases.stream()
                .map(b -> new PlanEventData.LegalBasis(b.documentNumber(), b.issuedOn(), b.title()))
                .toList();
    }

    private static PlanResponse.TaskResponse toResponse(PlanTask t) {
        return new PlanResponse.TaskResponse(
                t.id,
                t.code,
                t.title,
                t.description,
                t.category,
                t.leadAgency,
                t.implementingUnit,
                List.copyOf(t.coordinatingAgencies),
                bases(t.legalBases),
                t.targets.stream()
                        .map(g -> new PlanResponse.TargetResponse(
                                g.indicator(),
                                g.unit(),
                                g.targetValue(),
                                g.year(),
                                g.ocop() == null
                                        ? null
                                        : new PlanResponse.OcopMeasureResponse(
                                                g.ocop().minStars(), g.ocop().count())))
                        .toList());
    }

    static PlanResponse.Totals totals(List<FundingLine> lines) {
        Map<FundingSource, Long> bySource = new EnumMap<>(FundingSource.class);
        Map<Integer, Long> byYear = new TreeMap<>();
        long total = 0;
        long wholePeriod = 0;
        for (FundingLine l : lines) {
            total = Math.addExact(total, l.amountVnd);
            bySource.merge(l.source, l.amountVnd, Math::addExact);
            if (l.year == null) {
                wholePeriod = Math.addExact(wholePeriod, l.amountVnd);
            } else {
                byYear.merge(l.year, l.amountVnd, Math::addExact);
            }
        }
        return new PlanResponse.Totals(total, bySource, byYear, wholePeriod);
    }
}
