package vn.cnnt.plans.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanTask;
import vn.cnnt.plans.plan.TaskCategory;
import vn.cnnt.plans.plan.Target;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanProgress of(UUID planId) {
        Plan plan = plans.load(planId);
        List<PlanCommitment> commitments = progress.ofPlan(planId);
        Map<String, long[]> bySource = new TreeMap<>();
        Map<String, long[]> byTask = new TreeMap<>();
        long[] total = new long[3];
        for (FundingLine line : plan.fundingLines) {
            add(total, bySource, byTask, line.task == null ? null : line.task.id, line.source.name(), line.amountVnd, 0, 0);
        }
        for (PlanCommitment c : commitments) {
            add(total, bySource, byTask, c.taskId, c.source, 0, c.committedVnd, c.disbursedVnd);
        }
        List<PlanProgress.SourceProgress> sources = bySource.entrySet().stream()
                .map(e -> new PlanProgress.SourceProgress(e.getKey(), money(e.getValue()))).toList();
        List<PlanProgress.TaskProgress> tasks = new ArrayList<>();
        byTask.forEach((key, m) -> {
            String[] parts = key.split("\\|", 2);
            UUID taskId = parts[0].isEmpty() ? null : UUID.fromString(parts[0]);
            String code = plan.tasks.stream().filter(t -> t.id.equals(taskId)).map(t -> t.code).findFirst().orElse(null);
            tasks.add(new PlanProgress.TaskProgress(taskId, code, parts[1], money(m)));
        });
        return new PlanProgress(plan.id, plan.version, money(total), sources, tasks, targets(plan));
    }

    private List<PlanProgress.TargetAttainment> targets(Plan plan) {
        List<PlanProgress.TargetAttainment> targets = new ArrayList<>();
        for (PlanTask task : plan.tasks) {
            for (Target target : task.targets) {
                BigDecimal achieved = null;
                if (task.category == TaskCategory.OCOP) {
                    int from = target.year() != null ? target.year() : plan.periodFrom;
                    int to = target.year() != null ? target.year() : plan.periodTo;
                    achieved = BigDecimal.valueOf(progress.certifiedProducts(plan.currentProvinceCode,
                            LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
                }
                targets.add(new PlanProgress.TargetAttainment(task.id, task.code, target.indicator(), target.unit(),
                        target.year(), target.targetValue(), achieved));
            }
        }
        return targets;
    }

    private static void add(long[] total, Map<String, long[]> bySource, Map<String, long[]> byTask, UUID taskId, String source,
                            long planned, long committed, long disbursed) {
        long[] delta = {planned, committed, disbursed};
        for (long[] target : List.of(total, bySource.computeIfAbsent(source, k -> new long[3]),
                byTask.computeIfAbsent(Objects.toString(taskId, "") + "|" + source, k -> new long[3]))) {
            for (int i = 0; i < 3; i++) {
                target[i] = Math.addExact(target[i], delta[i]);
            }
        }
    }

    private static PlanProgress.Money money(long[] m) {
        return new PlanProgress.Money(m[0], m[1], m[2]);
    }
}
