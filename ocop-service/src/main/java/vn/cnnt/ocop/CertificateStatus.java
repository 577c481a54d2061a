package vn.cnnt.ocop;

/** Status of an OCOP certificate (giấy chứng nhận): valid 36 months from its decision date. */
public enum CertificateStatus {
    /** In force (còn hiệu lực). */
    VALID,
    /** Past its last valid day (hết hiệu lực). */
    EXPIRED,
    /** Revoked by decision (thu hồi): a sanction that provinces count and publish. */
    REVOKED,
    /** Superseded by the certificate of a later evaluation of the same product: never a revocation. */
    REPLACED
}
