package vn.cnnt.plans.progress.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PlanProgress",
        description =
                "Tiến độ: the plan's money by stage (estimate, allocated, committed, disbursed, accepted, settled)"
                        + " per source and per task, and target attainment")
public record PlanProgress(
        UUID planId,
        long planVersion,
        Money total,
        List<SourceProgress> bySource,
        List<TaskProgress> byTask,
        List<TargetAttainment> targets) {

    @Schema(
            name = "ProgressMoney",
            description = "Exact đồng per stage. estimateVnd: the funding table (dự kiến), never spendable."
                    + " allocatedVnd: allocations (dự toán được giao) whose decision names the plan, public sources only,"
                    + " counted for the plan as a whole (taskId null). committed, disbursed, accepted (nghiệm thu) and"
                    + " settled (quyết toán): public support of its projects. For COUNTERPART and OTHER, committedVnd is"
                    + " what its approved projects budget (đối ứng, lồng ghép mobilised); no public stage applies")
    public record Money(
            long estimateVnd,
            long allocatedVnd,
            long committedVnd,
            long disbursedVnd,
            long acceptedVnd,
            long settledVnd) {}

    @Schema(name = "SourceProgress")
    public record SourceProgress(String source, Money money) {}

    @Schema(name = "TaskProgress", description = "taskId null: money of the plan not tied to a task")
    public record TaskProgress(UUID taskId, String taskCode, String source, Money money) {}

    @Schema(
            name = "TargetAttainment",
            description = "achieved is known for OCOP targets that say how they are counted (ocop): products of the"
                    + " plan's province unit (the one valid when it was issued) certified with at least minStars by a"
                    + " decision of the target's year (NEW: first such certificate in that year; CUMULATIVE: up to it),"
                    + " whatever the certificate's status today; revoked certificates (thu hồi) do not count."
                    + " Without a year, NEW counts the plan's period")
    public record TargetAttainment(
            UUID taskId,
            String taskCode,
            String indicator,
            String unit,
            Integer year,
            BigDecimal targetValue,
            OcopMeasure ocop,
            BigDecimal achieved) {}

    @Schema(name = "ProgressOcopMeasure")
    public record OcopMeasure(int minStars, String count) {}
}
