package vn.cnnt.plans.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanTask;
import vn.cnnt.plans.plan.Target;
import vn.cnnt.plans.plan.service.PlanService;
import vn.cnnt.plans.progress.OcopCertificate;
import vn.cnnt.plans.progress.PlanAllocation;
import vn.cnnt.plans.progress.PlanProject;
import vn.cnnt.plans.progress.api.AllocationChange;
import vn.cnnt.plans.progress.api.CertificateChange;
import vn.cnnt.plans.progress.api.PlanProgress;
import vn.cnnt.plans.progress.api.ProjectChange;
import vn.cnnt.plans.progress.repository.ProgressRepository;

/**
 * The progress read model: funding and OCOP events keep one row per project, allocation and certificate, each replaced
 * only by a newer version, and progress is computed from them against the plan's estimate.
 */
@ApplicationScoped
public class ProgressService {

    private final ProgressRepository progress;
    private final PlanService plans;
    private final AdministrativeUnits units;

    ProgressService(ProgressRepository progress, PlanService plans, AdministrativeUnits units) {
        this.progress = progress;
        this.plans = plans;
        this.units = units;
    }

    /** Called in the consumer's transaction; an event older than the row is ignored. Figures are totals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyProject(ProjectChange change) {
        PlanProject row = progress.findById(change.projectId());
        boolean unseen = row == null;
        if (unseen) {
            row = new PlanProject();
            row.projectId = change.projectId();
        } else if (change.version() <= row.eventVersion) {
            return;
        }
        row.planId = change.planId();
        row.taskId = change.taskId();
        row.source = change.source();
        row.year = change.year();
        row.status = change.status();
        row.committedVnd = change.committedVnd();
        row.disbursedVnd = change.disbursedVnd();
        row.acceptedVnd = change.acceptedVnd();
        row.settledVnd = change.settledVnd();
        row.counterpartVnd = change.counterpartVnd();
        row.otherVnd = change.otherVnd();
        row.eventVersion = change.version();
        if (unseen) {
            progress.persist(row);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAllocation(AllocationChange change) {
        PlanAllocation row = progress.allocation(change.allocationId());
        boolean unseen = row == null;
        if (unseen) {
            row = new PlanAllocation();
            row.allocationId = change.allocationId();
        } else if (change.version() <= row.eventVersion) {
            return;
        }
        row.planId = change.planId();
        row.source = change.source();
        row.year = change.year();
        row.allocatedVnd = change.allocatedVnd();
        row.eventVersion = change.version();
        if (unseen) {
            progress.persistAllocation(row);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCertificate(CertificateChange change) {
        OcopCertificate row = progress.certificate(change.certificateId());
        boolean unseen = row == null;
        if (unseen) {
            row = new OcopCertificate();
            row.certificateId = change.certificateId();
        } else if (change.version() <= row.eventVersion) {
            return;
        }
        row.productId = change.productId();
        row.provinceCode = change.provinceCode();
        row.currentProvinceCode = change.currentProvinceCode();
        row.stars = change.stars();
        row.status = change.status();
        row.decisionDate = change.decisionDate();
        row.eventVersion = change.version();
        if (unseen) {
            progress.persistCertificate(row);
        }
    }

    /** The plan's money by stage per source and per task, and target attainment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanProgress of(UUID planId) {
        PlanService.Read read = plans.read(planId);
        Plan plan = read.plan();
        Map<UUID, String> codes = plan.tasks.stream().collect(Collectors.toMap(t -> t.id, t -> t.code));
        ProgressTally tally = new ProgressTally();
        for (FundingLine line : read.fundingLines()) {
            UUID taskId = line.task == null ? null : line.task.id;
            tally.add(taskId, codes.get(taskId), line.source.name(), ProgressTally.ESTIMATE, line.amountVnd);
        }
        for (ProgressRepository.Allocated a : progress.allocatedBySource(planId)) {
            tally.add(null, null, a.source(), ProgressTally.ALLOCATED, a.allocatedVnd());
        }
        for (ProgressRepository.Spent s : progress.spentByTaskAndSource(planId)) {
            String code = codes.get(s.taskId());
            tally.add(s.taskId(), code, s.source(), ProgressTally.COMMITTED, s.committedVnd());
            tally.add(s.taskId(), code, s.source(), ProgressTally.DISBURSED, s.disbursedVnd());
            tally.add(s.taskId(), code, s.source(), ProgressTally.ACCEPTED, s.acceptedVnd());
            tally.add(s.taskId(), code, s.source(), ProgressTally.SETTLED, s.settledVnd());
            if (s.counterpartVnd() > 0) {
                tally.add(s.taskId(), code, "COUNTERPART", ProgressTally.COMMITTED, s.counterpartVnd());
            }
            if (s.otherVnd() > 0) {
                tally.add(s.taskId(), code, "OTHER", ProgressTally.COMMITTED, s.otherVnd());
            }
        }
        return new PlanProgress(plan.id, plan.version, tally.total(), tally.bySource(), tally.byTask(), targets(plan));
    }

    /**
     * OCOP targets that say how they count: products of the plan's unit (the province code valid when the plan was
     * issued, matched against the product's registration code; a current unit also covers the codes merged into it) whose first certificate of at least minStars (not
     * revoked) was decided in the target's year (NEW) or up to it (CUMULATIVE); without a year, over the plan's period.
     */
    private List<PlanProgress.TargetAttainment> targets(Plan plan) {
        List<PlanProgress.TargetAttainment> targets = new ArrayList<>();
        for (PlanTask task : plan.tasks) {
            for (Target target : task.targets) {
                BigDecimal achieved = target.ocop() == null ? null : BigDecimal.valueOf(count(plan, target));
                targets.add(new PlanProgress.TargetAttainment(
                        task.id,
                        task.code,
                        target.indicator(),
                        target.unit(),
                        target.year(),
                        target.targetValue(),
                        target.ocop() == null
                                ? null
                                : new PlanProgress.OcopMeasure(
                                        target.ocop().minStars(),
                                        target.ocop().count().name()),
                        achieved));
            }
        }
        return targets;
    }

    private long count(Plan plan, Target target) {
        int fromYear = target.year() != null ? target.year() : plan.periodFrom;
        int toYear = target.year() != null ? target.year() : plan.periodTo;
        LocalDate unitStart = LocalDate.of(1900, 1, 1);
        LocalDate to = LocalDate.of(toYear + 1, 1, 1);
        ProvinceUnit unit = units.find(plan.provinceCode, plan.issuedOn).orElse(null);
        List<String> codes = List.of(plan.provinceCode);
        if (unit != null && unit.isCurrent()) {
            // A plan of a current unit covers the products registered under the units merged into it (a 2026 Đồng Nai
            // plan counts a product registered in Bình Phước, code 70).
            codes = java.util.stream.Stream.concat(codes.stream(), unit.formedFrom().stream())
                    .distinct()
                    .toList();
        } else if (unit != null && codeNowNamesAnotherUnit(unit)) {
            // The code was kept by a merged province: after the merger it also names products of the other units, so
            // only certificates decided while this unit existed are surely its own.
            LocalDate end = unit.validTo().plusDays(1);
            to = to.isAfter(end) ? end : to;
        }
        LocalDate from = switch (target.ocop().count()) {
            case NEW -> LocalDate.of(fromYear, 1, 1);
            case CUMULATIVE -> unitStart;
        };
        return progress.productsFirstCertified(codes, target.ocop().minStars(), unitStart, from, to);
    }

    private boolean codeNowNamesAnotherUnit(ProvinceUnit unit) {
        if (unit.isCurrent()) {
            return false;
        }
        return units.findCurrent(unit.code())
                .map(current -> current.formedFrom().stream().anyMatch(code -> !code.equals(unit.code())))
                .orElse(false);
    }
}
