package vn.cnnt.funding.ledger;

/** Sources of khuyến công money. */
public enum FundingSource {
    /** Kinh phí khuyến công quốc gia (KCQG): central budget managed by the Ministry. */
    NATIONAL,
    /** Kinh phí khuyến công địa phương (KCĐP): provincial budget. */
    LOCAL,
    /** Vốn đối ứng: the beneficiary's own money. */
    COUNTERPART,
    /** Lồng ghép, xã hội hóa. */
    OTHER
}
