package vn.cnnt.plans.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanTask;
import vn.cnnt.plans.plan.Target;
import vn.cnnt.plans.plan.TaskCategory;
import vn.cnnt.plans.plan.service.PlanService;
import vn.cnnt.plans.progress.CertifiedProduct;
import vn.cnnt.plans.progress.PlanCommitment;
import vn.cnnt.plans.progress.api.CertificateChange;
import vn.cnnt.plans.progress.api.CommitmentChange;
import vn.cnnt.plans.progress.api.PlanProgress;
import vn.cnnt.plans.progress.repository.ProgressRepository;

/**
 * The progress read model: funding and OCOP events keep one row per commitment and per certified product,
 * each replaced only by a newer version, and progress is computed from them against the funding table.
 */
@ApplicationScoped
public class ProgressService {

    private final ProgressRepository progress;
    private final PlanService plans;

    ProgressService(ProgressRepository progress, PlanService plans) {
        this.progress = progress;
        this.plans = plans;
    }

    /** Called in the consumer's transaction; an event older than the row is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCommitment(CommitmentChange change) {
        PlanCommitment row = progress.findById(change.commitmentId());
        if (row == null) {
            row = new PlanCommitment();
            row.commitmentId = change.commitmentId();
            row.eventVersion = -1;
        }
        if (change.version() <= row.eventVersion) {
            return;
        }
        row.planId = change.planId();
        row.taskId = change.taskId();
        row.source = change.source();
        row.year = change.year();
        row.status = change.status();
        row.committedVnd = "CANCELLED".equals(change.status()) ? 0 : change.committedVnd();
        row.disbursedVnd = change.disbursedVnd();
        row.eventVersion = change.version();
        progress.persist(row);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCertificate(CertificateChange change) {
        CertifiedProduct row = progress.certificate(change.productId());
        boolean unseen = row == null;
        if (unseen) {
            row = new CertifiedProduct();
            row.productId = change.productId();
        } else if (change.version() <= row.eventVersion) {
            return;
        }
        row.currentProvinceCode = change.currentProvinceCode();
        row.stars = change.stars();
        row.status = change.status();
        row.decisionDate = change.decisionDate();
        row.eventVersion = change.version();
        if (unseen) {
            progress.persistCertificate(row);
        }
    }

    /** Planned (the funding table) vs committed vs disbursed per source and per task, and target attainment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanProgress of(UUID planId) {
        Plan plan = plans.load(planId);
        Map<UUID, String> codes = plan.tasks.stream().collect(Collectors.toMap(t -> t.id, t -> t.code));
        ProgressTally tally = new ProgressTally();
        for (FundingLine line : plan.fundingLines) {
            UUID taskId = line.task == null ? null : line.task.id;
            tally.add(taskId, codes.get(taskId), line.source.name(), line.amountVnd, 0, 0);
        }
        for (ProgressRepository.Spent spent : progress.spentByTaskAndSource(planId)) {
            tally.add(
                    spent.taskId(),
                    codes.get(spent.taskId()),
                    spent.source(),
                    0,
                    spent.committedVnd(),
                    spent.disbursedVnd());
        }
        return new PlanProgress(plan.id, plan.version, tally.total(), tally.bySource(), tally.byTask(), targets(plan));
    }

    /** OCOP targets count the province's products certified ≥ 3★ in the target's year (or the plan's period). */
    private List<PlanProgress.TargetAttainment> targets(Plan plan) {
        boolean hasOcopTargets =
                plan.tasks.stream().anyMatch(t -> t.category == TaskCategory.OCOP && !t.targets.isEmpty());
        Map<Integer, Long> certifiedByYear = hasOcopTargets
                ? progress.certifiedProductsByYear(plan.currentProvinceCode, plan.periodFrom, plan.periodTo)
                : Map.of();
        List<PlanProgress.TargetAttainment> targets = new ArrayList<>();
        for (PlanTask task : plan.tasks) {
            for (Target target : task.targets) {
                BigDecimal achieved = null;
                if (task.category == TaskCategory.OCOP) {
                    achieved = BigDecimal.valueOf(
                            target.year() == null
                                    ? certifiedByYear.values().stream()
                                            .mapToLong(Long::longValue)
                                            .sum()
                                    : certifiedByYear.getOrDefault(target.year(), 0L));
                }
                targets.add(new PlanProgress.TargetAttainment(
                        task.id,
                        task.code,
                        target.indicator(),
                        target.unit(),
                        target.year(),
                        target.targetValue(),
                        achieved));
            }
        }
        return targets;
    }
}
