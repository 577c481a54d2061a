package vn.cnnt.plans.plan.service;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.plans.plan.DocumentNumber;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.FundingSource;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanTask;
import vn.cnnt.plans.plan.api.PlanEventData;
import vn.cnnt.plans.plan.api.PlanResponse;

/** Entities to the API's records; totals are computed here from the funding lines, never stored. */
@Singleton
public class PlanMapper {

    private final AdministrativeUnits units;

    PlanMapper(AdministrativeUnits units) {
        this.units = units;
    }

    public PlanResponse toResponse(Plan p) {
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
                List.copyOf(p.legalBases),
                p.parent == null ? null : p.parent.id,
                p.purposes,
                p.status,
                p.decisionNumber,
                p.statusNote,
                p.amendmentCount,
                p.tasks.stream().map(PlanMapper::toResponse).toList(),
                p.fundingLines.stream()
                        .map(l -> new PlanResponse.FundingLineResponse(
                                l.year,
                                l.source,
                                l.task == null ? null : l.task.id,
                                l.task == null ? null : l.task.code,
                                l.amountVnd))
                        .toList(),
                totals(p.fundingLines),
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
                        .map(t -> new PlanEventData.Task(t.id, t.code, t.title, t.category))
                        .toList(),
                p.fundingLines.stream()
                        .map(l -> new PlanEventData.Line(
                                l.year, l.source, l.task == null ? null : l.task.id, l.amountVnd))
                        .toList());
    }

    private static PlanResponse.TaskResponse toResponse(PlanTask t) {
        return new PlanResponse.TaskResponse(
                t.id,
                t.code,
                t.title,
                t.description,
                t.category,
                t.leadAgency,
                List.copyOf(t.coordinatingAgencies),
                t.targets.stream()
                        .map(g -> new PlanResponse.TargetResponse(g.indicator(), g.unit(), g.targetValue(), g.year()))
                        .toList());
    }

    static PlanResponse.Totals totals(List<FundingLine> lines) {
        Map<FundingSource, Long> bySource = new EnumMap<>(FundingSource.class);
        Map<Integer, Long> byYear = new TreeMap<>();
        long total = 0;
        for (FundingLine l : lines) {
            total = Math.addExact(total, l.amountVnd);
            bySource.merge(l.source, l.amountVnd, Math::addExact);
            byYear.merge(l.year, l.amountVnd, Math::addExact);
        }
        return new PlanResponse.Totals(total, bySource, byYear);
    }
}
