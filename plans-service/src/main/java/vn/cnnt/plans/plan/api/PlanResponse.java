package vn.cnnt.plans.plan.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.plans.plan.FundingSource;
import vn.cnnt.plans.plan.OcopCount;
import vn.cnnt.plans.plan.OtherProgramme;
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

        @Schema(description = "Số, ký hiệu exactly as written (a leading zero is kept)", examples = "08/KH-UBND")
        String documentNumber,

        DocumentNumberParts document,
        String issuingAuthority,
        String signer,
        LocalDate issuedOn,
        LocalDate effectiveOn,
        int periodFrom,
        int periodTo,
        List<LegalBasisResponse> legalBases,

        @Schema(description = "Đơn vị thực hiện, where distinct from the lead agencies")
        String implementingUnit,

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

        @Schema(description = "The document that replaced this plan (SUPERSEDED), or null")
        Supersession supersededBy,

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

            @Schema(description = "Đơn vị thực hiện, when distinct from the lead agency")
            String implementingUnit,

            List<String> coordinatingAgencies,
            List<LegalBasisResponse> legalBases,
            List<TargetResponse> targets) {}

    @Schema(name = "LegalBasis", description = "A legal basis (căn cứ): number as written, date, title")
    public record LegalBasisResponse(String documentNumber, LocalDate issuedOn, String title) {}

    @Schema(name = "SupersededBy", description = "The replacing document (văn bản thay thế)")
    public record Supersession(UUID planId, String documentNumber, LocalDate supersededOn) {}

    @Schema(name = "Target")
    public record TargetResponse(
            String indicator, String unit, BigDecimal targetValue, Integer year, OcopMeasureResponse ocop) {}

    @Schema(name = "OcopMeasureResponse")
    public record OcopMeasureResponse(int minStars, OcopCount count) {}

    @Schema(name = "FundingLine", description = "An estimate line; year null: for the whole period")
    public record FundingLineResponse(
            Integer year,
            FundingSource source,
            OtherProgramme programme,
            String programmeName,
            UUID taskId,
            String taskCode,
            long amountVnd) {}

    @Schema(
            name = "FundingTotals",
            description = "Computed from the funding lines, never entered: the estimate, not spendable money."
                    + " byYearVnd sums the yearly lines; wholePeriodVnd the lines given for the whole period")
    public record Totals(
            long totalVnd, Map<FundingSource, Long> bySourceVnd, Map<Integer, Long> byYearVnd, long wholePeriodVnd) {}
}
