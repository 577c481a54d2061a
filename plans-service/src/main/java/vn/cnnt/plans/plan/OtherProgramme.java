package vn.cnnt.plans.plan;

/** The programme OTHER money comes from (lồng ghép, xã hội hóa); public khuyến công money names none. */
public enum OtherProgramme {
    /** Chương trình mục tiêu quốc gia xây dựng nông thôn mới. */
    NEW_RURAL_DEVELOPMENT,
    /** Chương trình Mỗi xã một sản phẩm (OCOP). */
    OCOP,
    /** Xúc tiến thương mại. */
    TRADE_PROMOTION,
    /** Tổ chức phi chính phủ, nhà tài trợ. */
    NGO_AND_DONOR,
    /** Xã hội hóa: enterprises' and private money outside a project's counterpart. */
    PRIVATE,
    /** Another programme, named in programmeName. */
    OTHER_PROGRAMME
}
