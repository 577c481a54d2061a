package vn.cnnt.funding.ledger.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.FundingSource;

/** What callers send to move money; amounts are integer đồng. */
public final class LedgerRequests {

    private LedgerRequests() {}

    @Schema(name = "EnvelopeRequest", description = "A budget envelope (dự toán) entered directly")
    public record OpenEnvelope(
            @NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") @Schema(examples = "04")
            String provinceCode,

            UUID planId,

            @NotNull @Min(1990) @Max(2100) @Schema(examples = "2024")
            Integer fiscalYear,

            @NotNull FundingSource source,

            @NotNull @Positive @Schema(examples = "2760000000")
            Long budgetVnd,

            @NotBlank @Size(max = 60) @Schema(description = "Quyết định giao dự toán", examples = "120/QĐ-BCT")
            String decisionNumber) {}

    @Schema(
            name = "EnvelopeAdjustment",
            description = "An increase or decrease of the budget by decision (điều chỉnh dự toán)")
    public record Adjustment(
            @NotNull
            @Schema(description = "Positive to increase, negative to decrease; never zero", examples = "-200000000")
            Long deltaVnd,

            @NotBlank @Size(max = 60) String decisionNumber,
            @Size(max = 2_000) String reason) {}

    @Schema(name = "CommitmentRequest", description = "A proposed support decision (đề xuất hỗ trợ)")
    public record ProposeCommitment(
            @NotNull UUID envelopeId,

            @Schema(description = "The plan task it carries out (nhiệm vụ)")
            UUID planTaskId,

            @NotNull UUID beneficiaryId,
            @NotNull ActivityType activityType,

            @Schema(description = "OCOP product, for trade promotion (must hold a valid ≥ 3★ certificate)")
            UUID productId,

            @Schema(description = "Industrial cluster, for cluster infrastructure (must be established)")
            UUID clusterId,

            @NotBlank @Size(max = 500) @Schema(examples = "Hỗ trợ máy sấy nông sản")
            String title,

            @NotNull @Positive @Schema(examples = "800000000")
            Long eligibleCostVnd,

            @NotNull @Positive @Schema(examples = "300000000")
            Long supportVnd) {}

    @Schema(name = "CommitmentApproval", description = "The support decision (quyết định hỗ trợ)")
    public record Approve(
            @NotBlank @Size(max = 60) @Schema(examples = "215/QĐ-SCT")
            String decisionNumber,

            @NotNull LocalDate decisionDate) {}

    @Schema(name = "DisbursementRequest", description = "An advance (tạm ứng) or payment (thanh toán)")
    public record Disburse(
            @NotNull @Pattern(regexp = "ADVANCE|PAYMENT", message = "must be ADVANCE or PAYMENT")
            String kind,

            @NotNull @Positive Long amountVnd,
            @NotNull LocalDate paidOn,

            @NotBlank @Size(max = 100) @Schema(description = "Chứng từ", examples = "UNC-2024-0315")
            String voucher) {}

    @Schema(
            name = "Settlement",
            description = "Thanh quyết toán: the final settled amount; the rest returns to the envelope")
    public record Settle(
            @NotNull @PositiveOrZero Long settledVnd,
            @Size(max = 2_000) String note) {}

    @Schema(name = "CommitmentCancellation")
    public record Cancel(@NotBlank @Size(max = 2_000) String reason) {}
}
