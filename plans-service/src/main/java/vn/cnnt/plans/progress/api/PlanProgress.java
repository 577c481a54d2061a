package vn.cnnt.plans.progress.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanProgress", description = "Tiến độ: planned vs committed vs disbursed money, and target attainment")
public record PlanProgress(
        UUID planId,
        long planVersion,
        Money total,
        List<SourceProgress> bySource,
        List<TaskProgress> byTask,
        List<TargetAttainment> targets) {

    @Schema(name = "ProgressMoney")
    public record Money(long plannedVnd, long committedVnd, long disbursedVnd) {}

    @Schema(name = "SourceProgress")
    public record SourceProgress(String source, Money money) {}

    @Schema(name = "TaskProgress", description = "taskId null: money of the plan not tied to a task")
    public record TaskProgress(UUID taskId, String taskCode, String source, Money money) {}

    @Schema(name = "TargetAttainment", description = "Achieved is known for OCOP targets (certified products of ≥ 3★)")
    public record TargetAttainment(
            UUID taskId,
            String taskCode,
            String indicator,
            String unit,
            Integer year,
            BigDecimal targetValue,
            BigDecimal achieved) {}
}
