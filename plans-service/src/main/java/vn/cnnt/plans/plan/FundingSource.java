package vn.cnnt.plans.plan;

/** Sources of a funding line. */
public enum FundingSource {
    /** Kinh phí khuyến công quốc gia (KCQG): central budget managed by the Ministry. */
    NATIONAL,
    /** Kinh phí khuyến công địa phương (KCĐP): provincial budget. */
    LOCAL,
    /** Vốn đối ứng: the beneficiaries' own money. */
    COUNTERPART,
    /** Lồng ghép, xã hội hóa: other programmes and private money. */
    OTHER
}
