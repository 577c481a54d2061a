package vn.cnnt.funding.ledger;

/** PROPOSED → APPROVED (quyết định hỗ trợ) → SETTLED (thanh quyết toán); CANCELLED releases the money. */
public enum CommitmentStatus {
    PROPOSED,
    APPROVED,
    SETTLED,
    CANCELLED
}
