package vn.cnnt.ocop.producer;

/** Kinds of OCOP producer (chủ thể OCOP). */
public enum ProducerKind {
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Hợp tác xã (HTX). */
    COOPERATIVE,
    /** Tổ hợp tác. */
    COOPERATIVE_GROUP,
    /** Hộ sản xuất kinh doanh có đăng ký. */
    HOUSEHOLD_BUSINESS
}
