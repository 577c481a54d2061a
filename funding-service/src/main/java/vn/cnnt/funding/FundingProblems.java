package vn.cnnt.funding;

import java.util.List;
import vn.cnnt.kit.problem.ProblemType;

/** The kinds of error of funding-service, each with a stable type URI. */
public final class FundingProblems {

    public static final ProblemType INSUFFICIENT_ALLOCATION =
            new ProblemType("insufficient-allocation", 409, "Not enough uncommitted money in the allocation");
    public static final ProblemType ALLOCATION_FROZEN =
            new ProblemType("allocation-frozen", 409, "The allocation is frozen");
    public static final ProblemType ALLOCATION_BELOW_COMMITTED =
            new ProblemType("allocation-below-committed", 409, "The allocation cannot go below what is committed");
    public static final ProblemType DUPLICATE_ALLOCATION =
            new ProblemType("duplicate-allocation", 409, "The plan already has an allocation for that year and source");
    public static final ProblemType DISBURSEMENT_EXCEEDS_COMMITMENT = new ProblemType(
            "disbursement-exceeds-commitment", 409, "The disbursement exceeds what remains of the commitment");
    public static final ProblemType PROJECT_HAS_DISBURSEMENTS = new ProblemType(
            "project-has-disbursements", 409, "Money was disbursed: accept and settle the project instead");
    public static final ProblemType CENTRAL_APPRAISAL_REQUIRED = new ProblemType(
            "central-appraisal-required", 409, "A national project is approved only after the ministry's appraisal");
    public static final ProblemType DUPLICATE_STATE_SUPPORT = new ProblemType(
            "duplicate-state-support",
            409,
            "The beneficiary already receives state support for the same content in that year");
    public static final ProblemType DUPLICATE_CEILING = new ProblemType(
            "duplicate-ceiling", 409, "A ceiling for that activity, source and province starts on that date");
    public static final ProblemType SETTLEMENT_MISMATCH =
            new ProblemType("settlement-mismatch", 422, "The settled amount must equal what was disbursed");
    public static final ProblemType ACCEPTANCE_OUT_OF_RANGE = new ProblemType(
            "acceptance-out-of-range",
            422,
            "The accepted amount must cover what was paid and stay within the commitment");
    public static final ProblemType SUPPORT_ABOVE_CEILING =
            new ProblemType("support-above-ceiling", 422, "The support exceeds the ceiling for the activity");
    public static final ProblemType BUDGET_LINES_MISMATCH =
            new ProblemType("budget-lines-mismatch", 422, "Support + counterpart + other must equal the total cost");
    public static final ProblemType COUNTERPART_BELOW_MINIMUM = new ProblemType(
            "counterpart-below-minimum", 422, "The counterpart is below the share the province requires");
    public static final ProblemType REGISTRATION_YEAR_PAST =
            new ProblemType("registration-year-past", 422, "A project cannot be registered for a past year");
    public static final ProblemType ALLOCATION_MISMATCH = new ProblemType(
            "allocation-mismatch", 422, "The allocation is of another province, year or source than the project");
    public static final ProblemType PRODUCT_NOT_CERTIFIED = new ProblemType(
            "product-not-certified", 422, "Trade promotion needs a valid OCOP certificate of 3 stars or more");
    public static final ProblemType CLUSTER_NOT_ESTABLISHED = new ProblemType(
            "cluster-not-established", 422, "Cluster infrastructure support needs an established cluster");
    public static final ProblemType UNKNOWN_REFERENCE =
            new ProblemType("unknown-reference", 422, "A referenced allocation or beneficiary does not exist");
    public static final ProblemType NATIONAL_SOURCE_RESERVED =
            new ProblemType("national-source-reserved", 403, "National khuyến công money is handled by the ministry");
    public static final ProblemType NATIONAL_APPROVAL_RESERVED = new ProblemType(
            "national-approval-reserved",
            403,
            "National projects are appraised centrally and approved by the ministry");
    public static final ProblemType ALLOCATION_AUTHORITY = new ProblemType(
            "allocation-authority",
            403,
            "NATIONAL money is allocated only by the ministry, LOCAL money only by the province's approver");

    public static final List<ProblemType> ALL = List.of(
            INSUFFICIENT_ALLOCATION,
            ALLOCATION_FROZEN,
            ALLOCATION_BELOW_COMMITTED,
            DUPLICATE_ALLOCATION,
            DISBURSEMENT_EXCEEDS_COMMITMENT,
            ProblemType.INVALID_TRANSITION,
            PROJECT_HAS_DISBURSEMENTS,
            CENTRAL_APPRAISAL_REQUIRED,
            DUPLICATE_STATE_SUPPORT,
            DUPLICATE_CEILING,
            SETTLEMENT_MISMATCH,
            ACCEPTANCE_OUT_OF_RANGE,
            SUPPORT_ABOVE_CEILING,
            BUDGET_LINES_MISMATCH,
            COUNTERPART_BELOW_MINIMUM,
            REGISTRATION_YEAR_PAST,
            ALLOCATION_MISMATCH,
            PRODUCT_NOT_CERTIFIED,
            CLUSTER_NOT_ESTABLISHED,
            UNKNOWN_REFERENCE,
            NATIONAL_SOURCE_RESERVED,
            NATIONAL_APPROVAL_RESERVED,
            ALLOCATION_AUTHORITY);

    private FundingProblems() {}
}
