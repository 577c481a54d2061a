package vn.cnnt.funding.ledger.service;

import java.util.List;
import vn.cnnt.kit.problem.ProblemType;

/** The kinds of error of funding-service, each with a stable type URI. */
public final class FundingProblems {

    public static final ProblemType INSUFFICIENT_ENVELOPE =
            new ProblemType("insufficient-envelope", 409, "Not enough uncommitted money in the envelope");
    public static final ProblemType ENVELOPE_FROZEN = new ProblemType("envelope-frozen", 409, "The envelope is frozen");
    public static final ProblemType BUDGET_BELOW_COMMITTED =
            new ProblemType("budget-below-committed", 409, "The budget cannot go below what is committed");
    public static final ProblemType DUPLICATE_ENVELOPE =
            new ProblemType("duplicate-envelope", 409, "The plan already has an envelope for that year and source");
    public static final ProblemType DISBURSEMENT_EXCEEDS_COMMITMENT = new ProblemType(
            "disbursement-exceeds-commitment", 409, "The disbursement exceeds what remains of the commitment");
    public static final ProblemType COMMITMENT_HAS_DISBURSEMENTS =
            new ProblemType("commitment-has-disbursements", 409, "Money was disbursed: settle the commitment instead");
    public static final ProblemType SETTLEMENT_MISMATCH =
            new ProblemType("settlement-mismatch", 422, "The settled amount must equal what was disbursed");
    public static final ProblemType SUPPORT_ABOVE_CEILING =
            new ProblemType("support-above-ceiling", 422, "The support exceeds the ceiling for the activity");
    public static final ProblemType SUPPORT_ABOVE_COST =
            new ProblemType("support-above-cost", 422, "The support exceeds the eligible cost");
    public static final ProblemType PRODUCT_NOT_CERTIFIED = new ProblemType(
            "product-not-certified", 422, "Trade promotion needs a valid OCOP certificate of 3 stars or more");
    public static final ProblemType CLUSTER_NOT_ESTABLISHED = new ProblemType(
            "cluster-not-established", 422, "Cluster infrastructure support needs an established cluster");
    public static final ProblemType UNKNOWN_REFERENCE =
            new ProblemType("unknown-reference", 422, "A referenced envelope or beneficiary does not exist");
    public static final ProblemType NATIONAL_SOURCE_RESERVED =
            new ProblemType("national-source-reserved", 403, "National khuyến công money is handled by the ministry");

    public static final List<ProblemType> ALL = List.of(
            INSUFFICIENT_ENVELOPE,
            ENVELOPE_FROZEN,
            BUDGET_BELOW_COMMITTED,
            DUPLICATE_ENVELOPE,
            DISBURSEMENT_EXCEEDS_COMMITMENT,
            ProblemType.INVALID_TRANSITION,
            COMMITMENT_HAS_DISBURSEMENTS,
            SETTLEMENT_MISMATCH,
            SUPPORT_ABOVE_CEILING,
            SUPPORT_ABOVE_COST,
            PRODUCT_NOT_CERTIFIED,
            CLUSTER_NOT_ESTABLISHED,
            UNKNOWN_REFERENCE,
            NATIONAL_SOURCE_RESERVED);

    private FundingProblems() {}
}
