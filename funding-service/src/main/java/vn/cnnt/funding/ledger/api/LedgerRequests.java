package vn.cnnt.funding.ledger.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.kit.money.Vnd;

/** What callers send to allocate and spend money; amounts are integer đồng (0 to 10^15). */
public final class LedgerRequests {

    private LedgerRequests() {}

    /** The public sources: only they are allocated, and a project's support comes from one of them. */
    public enum PublicSource {
        NATIONAL,
        LOCAL
    }

    @Schema(
            name = "AllocationRequest",
            description = "An allocation decision (quyết định giao dự toán): NATIONAL by the ministry, LOCAL by the"
                    + " province's approver")
    public record Allocate(
            @NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") @Schema(examples = "04")
            String provinceCode,

            @Schema(description = "The plan it carries out, when the decision names one")
            UUID planId,

            @NotNull @Min(1990) @Max(2100) @Schema(examples = "2025")
            Integer fiscalYear,

            @NotNull PublicSource source,

            @NotNull @Vnd @Positive @Schema(examples = "2760000000")
            Long amountVnd,

            @NotBlank @Size(max = 60) @Schema(examples = "1520/QĐ-BCT")
            String decisionNumber,

            @NotNull LocalDate decisionDate) {}

    @Schema(
            name = "AllocationAdjustment",
            description = "An adjustment decision (điều chỉnh dự toán): never an edit, always a recorded decision")
    public record Adjustment(
            @NotNull
            @Min(-Vnd.MAX)
            @Max(Vnd.MAX)
            @Schema(description = "Positive to increase, negative to decrease; never zero", examples = "-200000000")
            Long deltaVnd,

            @NotBlank @Size(max = 60) String decisionNumber,
            @NotNull LocalDate decisionDate,
            @Size(max = 2_000) String reason) {}

    @Schema(
            name = "ProjectRegistration",
            description =
                    "A khuyến công project (đề án khuyến công) registered with the DOIT; its budget lines must add"
                            + " up: supportVnd + counterpartVnd + otherVnd = totalCostVnd")
    public record Register(
            @NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") @Schema(examples = "04")
            String provinceCode,

            @NotNull @Schema(description = "NATIONAL: đề án khuyến công quốc gia; LOCAL: địa phương")
            PublicSource source,

            @NotNull
            @Min(1990)
            @Max(2100)
            @Schema(
                    description = "The fiscal year asked; a national registration on or after 20 June counts for the"
                            + " year after the next")
            Integer fiscalYear,

            @NotNull @Schema(description = "Date of the registration (công văn đăng ký); not in the future")
            LocalDate registeredOn,

            @NotBlank @Size(max = 60) @Schema(examples = "85/TTr-SCT")
            String documentNumber,

            UUID planId,
            UUID planTaskId,

            @NotBlank @Size(max = 300) @Schema(examples = "Trung tâm Khuyến công tỉnh Cao Bằng")
            String implementingUnit,

            @NotNull UUID beneficiaryId,
            @NotNull ActivityType activityType,

            @Schema(description = "OCOP product, for trade promotion")
            UUID productId,

            @Schema(description = "Industrial cluster, for cluster infrastructure")
            UUID clusterId,

            @NotBlank @Size(max = 500) @Schema(examples = "Hỗ trợ dây chuyền chế biến miến dong")
            String title,

            @NotBlank @Size(max = 4_000) String content,
            @Size(max = 500) String place,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 4_000) String expectedOutputs,
            @NotNull @Vnd @Positive Long supportVnd,
            @NotNull @Vnd Long counterpartVnd,
            @NotNull @Vnd Long otherVnd,
            @NotNull @Vnd @Positive Long totalCostVnd) {}

    @Schema(name = "ProjectStep", description = "A step of a project: its document, its date")
    public record Step(
            @NotBlank @Size(max = 60) @Schema(examples = "112/BB-SCT")
            String documentNumber,

            @NotNull LocalDate documentDate,
            @Size(max = 2_000) String note) {}

    @Schema(name = "ProjectApproval", description = "Giao kế hoạch: the decision and the allocation it draws on")
    public record Approve(
            @NotNull UUID allocationId,

            @NotBlank @Size(max = 60) @Schema(examples = "1521/QĐ-BCT")
            String documentNumber,

            @NotNull LocalDate documentDate) {}

    @Schema(name = "DisbursementRequest", description = "An advance (tạm ứng) or payment (thanh toán)")
    public record Disburse(
            @NotNull @Pattern(regexp = "ADVANCE|PAYMENT", message = "must be ADVANCE or PAYMENT")
            String kind,

            @NotNull @Vnd @Positive Long amountVnd,
            @NotNull LocalDate paidOn,

            @NotBlank @Size(max = 100) @Schema(description = "Chứng từ", examples = "UNC-2025-0315")
            String voucher) {}

    @Schema(name = "Acceptance", description = "Nghiệm thu: the minutes, the accepted amount, the outputs delivered")
    public record Accept(
            @NotBlank @Size(max = 60) @Schema(examples = "40/BB-NT")
            String documentNumber,

            @NotNull LocalDate documentDate,
            @NotNull @Vnd @Positive Long acceptedVnd,
            @NotBlank @Size(max = 4_000) String deliveredOutputs) {}

    @Schema(name = "Settlement", description = "Quyết toán: the final amount; the rest returns to the allocation")
    public record Settle(
            @NotBlank @Size(max = 60) @Schema(examples = "88/QĐ-SCT")
            String documentNumber,

            @NotNull LocalDate documentDate,
            @NotNull @Vnd Long settledVnd,
            @Size(max = 2_000) String note) {}

    @Schema(name = "CeilingRequest", description = "A support ceiling, loaded by an administrator")
    public record Ceiling(
            @NotNull ActivityType activityType,

            @Schema(description = "NATIONAL or LOCAL; none for both")
            PublicSource source,

            @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code")
            @Schema(description = "A province's own level (HĐND resolution); none for the nationwide one")
            String provinceCode,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Schema(examples = "0.5")
            BigDecimal maxShare,

            @NotNull @Vnd @Positive @Schema(examples = "300000000")
            Long maxAmountVnd,

            @NotNull
            @Pattern(regexp = "DECISION|ESTABLISHMENT_YEAR", message = "must be DECISION or ESTABLISHMENT_YEAR")
            String amountScope,

            @DecimalMin("0")
            @DecimalMax(value = "1", inclusive = false)
            @Schema(description = "The least counterpart share of total cost the province requires, if any")
            BigDecimal minCounterpartShare,

            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,

            @NotBlank @Size(max = 300) @Schema(examples = "Nghị quyết 15/2024/NQ-HĐND")
            String legalBasis) {}
}
