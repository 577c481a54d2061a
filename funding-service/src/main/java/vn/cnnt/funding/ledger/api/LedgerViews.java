package vn.cnnt.funding.ledger.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.CommitmentStatus;
import vn.cnnt.funding.ledger.FundingSource;

/** What the ledger answers; balances are derived from the journal and always reconcile with it. */
public final class LedgerViews {

    private LedgerViews() {}

    @Schema(name = "Envelope")
    public record EnvelopeView(
            UUID id,
            long version,
            String provinceCode,
            String currentProvinceCode,
            UUID planId,
            int fiscalYear,
            FundingSource source,
            long budgetVnd,
            long committedVnd,
            long disbursedVnd,
            long availableVnd,
            boolean frozen,
            String decisionNumber) {}

    @Schema(name = "Commitment")
    public record CommitmentView(
            UUID id,
            long version,
            UUID envelopeId,
            UUID planId,
            UUID planTaskId,
            UUID beneficiaryId,
            ActivityType activityType,
            UUID productId,
            UUID clusterId,
            String title,
            long eligibleCostVnd,
            long supportVnd,
            long disbursedVnd,
            Long settledVnd,
            CommitmentStatus status,
            String decisionNumber,
            LocalDate decisionDate,
            FundingSource source,
            int fiscalYear) {}

    @Schema(name = "Disbursement")
    public record DisbursementView(
            UUID id,
            UUID commitmentId,
            String kind,
            long amountVnd,
            LocalDate paidOn,
            String voucher,
            Instant createdAt,
            String createdBy) {}

    @Schema(name = "JournalEntry")
    public record JournalView(
            long id,
            String kind,
            UUID commitmentId,
            long budgetDeltaVnd,
            long committedDeltaVnd,
            long disbursedDeltaVnd,
            String reference,
            Instant at,
            String actor) {}

    @Schema(name = "FundingSummary", description = "Budget, committed, disbursed and available money")
    public record Summary(
            String province,
            Integer year,
            UUID planId,
            Money total,
            List<BySource> bySource,
            List<ByActivity> byActivityType) {}

    @Schema(name = "Money")
    public record Money(long budgetVnd, long committedVnd, long disbursedVnd, long availableVnd) {}

    @Schema(name = "SummaryBySource")
    public record BySource(FundingSource source, Money money) {}

    @Schema(name = "SummaryByActivity")
    public record ByActivity(ActivityType activityType, long committedVnd, long disbursedVnd) {}

    @Schema(name = "Reconciliation", description = """
            Đối chiếu: the envelope's balances, the sums of its journal (sổ nhật ký) and the sums of its commitments; \
            reconciled when all three agree""")
    public record Reconciliation(
            UUID envelopeId, Totals balances, Totals journal, Totals commitments, boolean reconciled) {}

    @Schema(name = "ReconciliationTotals", description = "Totals in đồng; commitments carry no budget")
    public record Totals(Long budgetVnd, long committedVnd, long disbursedVnd) {}
}
