package vn.cnnt.plans.plan;

/** Whether an OCOP target counts products newly certified in its year or all certified up to its year. */
public enum OcopCount {
    /** Sản phẩm đạt mới: products with a certification decision in the target's year. */
    NEW,
    /** Lũy kế: products with a certification decision in any year up to and including the target's year. */
    CUMULATIVE
}
