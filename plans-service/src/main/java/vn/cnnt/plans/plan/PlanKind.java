package vn.cnnt.plans.plan;

/** Kinds of plan documents issued by a People's Committee (UBND). */
public enum PlanKind {
    /** Chương trình (CTr): multi-year, e.g. "Chương trình khuyến công 2021-2025". */
    PROGRAMME,
    /** Đề án (ĐA), e.g. "Đề án phát triển CNNT đến năm 2025". */
    SCHEME,
    /** Kế hoạch (KH): often the annual plan implementing a scheme. */
    PLAN
}
