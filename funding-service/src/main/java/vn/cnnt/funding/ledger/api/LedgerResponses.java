package vn.cnnt.funding.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.ProjectStatus;

/** What the ledger answers; balances are derived from the journal and always reconcile with it. */
public final class LedgerResponses {

    private LedgerResponses() {}

    @Schema(
            name = "Allocation",
            description = "Dự toán được giao: spendable money of one fiscal year and public source")
    public record AllocationResponse(
            UUID id,
            long version,
            String provinceCode,
            String currentProvinceCode,
            UUID planId,
            int fiscalYear,
            FundingSource source,
            @Schema(description = "MINISTRY or PROVINCE") String decidedBy,
            String decisionNumber,
            LocalDate decisionDate,
            long allocatedVnd,
            long committedVnd,
            long disbursedVnd,
            long availableVnd,
            boolean frozen,

            @Schema(description = "DECISION, or PLAN_LEGACY for an envelope opened from a plan before issue 13")
            String origin) {}

    @Schema(name = "ProjectBudget", description = "supportVnd (public) + counterpartVnd + otherVnd = totalCostVnd")
    public record Budget(long supportVnd, long counterpartVnd, long otherVnd, long totalCostVnd) {}

    @Schema(name = "Project", description = "Đề án khuyến công, national or local")
    public record ProjectResponse(
            UUID id,
            long version,
            ProjectStatus status,
            FundingSource source,
            int fiscalYear,

            @Schema(description = "The year asked at registration")
            int requestedYear,

            LocalDate registeredOn,
            String provinceCode,
            String currentProvinceCode,
            UUID planId,
            UUID planTaskId,
            UUID allocationId,
            String implementingUnit,
            UUID beneficiaryId,
            ActivityType activityType,
            UUID productId,
            UUID clusterId,
            String title,
            String content,
            String place,
            LocalDate startsOn,
            LocalDate endsOn,
            String expectedOutputs,
            String deliveredOutputs,
            Budget budget,
            long committedVnd,
            long disbursedVnd,
            long acceptedVnd,
            Long settledVnd,
            boolean centrallyAppraised,
            String decisionNumber,
            LocalDate decisionDate) {}

    @Schema(name = "ProjectStepRecord", description = "A recorded step: its document, date, who decided")
    public record StepResponse(
            String step,
            ProjectStatus statusAfter,
            String documentNumber,
            LocalDate documentDate,
            String decidedBy,
            String role,
            long amountVnd,
            String note,
            Instant at) {}

    @Schema(name = "Disbursement")
    public record DisbursementResponse(
            UUID id,
            UUID projectId,
            String kind,
            long amountVnd,
            LocalDate paidOn,
            String voucher,
            Instant createdAt,
            String createdBy) {}

    @Schema(name = "JournalEntry")
    public record JournalResponse(
            long id,
            String kind,
            UUID projectId,
            long allocatedDeltaVnd,
            long committedDeltaVnd,
            long disbursedDeltaVnd,
            long acceptedDeltaVnd,
            long settledDeltaVnd,
            String reference,
            LocalDate documentDate,
            Instant at,
            String actor) {}

    @Schema(
            name = "Stages",
            description = "The six stages side by side, exact to the đồng: estimate (plans), allocated, committed,"
                    + " disbursed, accepted, settled; and the counterpart and other money of the projects (not public)")
    public record Stages(
            long estimateVnd,
            long allocatedVnd,
            long committedVnd,
            long disbursedVnd,
            long acceptedVnd,
            long settledVnd,
            long counterpartVnd,
            long otherVnd) {}

    @Schema(
            name = "SummaryRow",
            description = "One province, year (null: an estimate for the whole plan period) and source")
    public record SummaryRow(
            String provinceCode,
            Integer year,
            FundingSource source,
            ActivityType activityType,
            UUID planId,
            Stages stages) {}

    @Schema(
            name = "FundingSummary",
            description = "The read side: the stages per province, year and source, per activity, and per plan")
    public record Summary(
            String province,
            Integer year,
            FundingSource source,
            ActivityType activityType,
            UUID planId,
            Stages total,
            List<SummaryRow> bySource,
            List<SummaryRow> byActivity,
            List<SummaryRow> byPlan) {}

    @Schema(name = "Reconciliation", description = """
            Đối chiếu: the allocation's balances, the sums of its journal (sổ nhật ký) and the sums of its projects; \
            reconciled when all three agree""")
    public record Reconciliation(
            UUID allocationId, Totals balances, Totals journal, Totals projects, boolean reconciled) {}

    @Schema(name = "ReconciliationTotals", description = "Totals in đồng; projects carry no allocated amount")
    public record Totals(Long allocatedVnd, long committedVnd, long disbursedVnd) {}

    @Schema(name = "Ceiling", description = "A support ceiling on public support (never on counterpart or other money)")
    public record CeilingResponse(
            UUID id,
            ActivityType activityType,
            FundingSource source,
            String provinceCode,
            BigDecimal maxShare,
            long maxAmountVnd,
            String amountScope,
            BigDecimal minCounterpartShare,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String legalBasis) {}

    @Schema(name = "PlanEstimateLine", description = "A plan's estimate: per year, or for the whole period (year null)")
    public record EstimateLine(
            UUID taskId, FundingSource source, Integer year, Integer fromYear, Integer toYear, long amountVnd) {}

    @Schema(
            name = "PlanEstimate",
            description = "Dự kiến: a plan's funding table as its last event stated it; never money")
    public record Estimate(
            UUID planId,
            long planVersion,
            String provinceCode,
            String currentProvinceCode,
            String documentNumber,
            String status,
            List<EstimateLine> lines) {}
}
