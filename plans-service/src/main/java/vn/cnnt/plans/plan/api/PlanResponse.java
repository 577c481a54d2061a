package vn.cnnt.plans.plan.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.plans.plan.FundingSource;
import vn.cnnt.plans.plan.PlanKind;
import vn.cnnt.plans.plan.PlanStatus;
import vn.cnnt.plans.plan.TaskCategory;

@Schema(name = "Plan", description = "A plan, scheme or programme with its tasks, funding table and computed totals")
public record PlanResponse(
        UUID id,
        long version,
        PlanKind kind,
        String title,

        @Schema(description = "Province code valid when the plan was issued")
        String provinceCode,

        String provinceName,

        @Schema(description = "The current province that holds it (after the 2025 reform)")
        String currentProvinceCode,

        String documentNumber,
        DocumentNumberParts document,
        String issuingAuthority,
        String signer,
        LocalDate issuedOn,
        LocalDate effectiveOn,
        int periodFrom,
        int periodTo,
        List<String> legalBases,
        UUID parentPlanId,
        String purposes,
        PlanStatus status,

        @Schema(
                description = "Decision of the latest lifecycle step that carried one (quyết định phê duyệt / hủy bỏ)",
                examples = "1877/QĐ-UBND")
        String decisionNumber,

        @Schema(description = "Note or reason of the latest lifecycle step (ghi chú, lý do)")
        String statusNote,

        int amendmentCount,
        List<TaskResponse> tasks,
        List<FundingLineResponse> fundingLines,
        Totals totals,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Schema(name = "DocumentNumberParts")
    public record DocumentNumberParts(int number, Integer year, String type, String issuer) {}

    @Schema(name = "Task")
    public record TaskResponse(
            UUID id,
            String code,
            String title,
            String description,
            TaskCategory category,
            String leadAgency,
            List<String> coordinatingAgencies,
            List<TargetResponse> targets) {}

    @Schema(name = "Target")
    public record TargetResponse(String indicator, String unit, BigDecimal targetValue, Integer year) {}

    @Schema(name = "FundingLine")
    public record FundingLineResponse(int year, FundingSource source, UUID taskId, String taskCode, long amountVnd) {}

    @Schema(name = "FundingTotals", description = "Computed from the funding lines, never entered")
    public record Totals(long totalVnd, Map<FundingSource, Long> bySourceVnd, Map<Integer, Long> byYearVnd) {}
}
