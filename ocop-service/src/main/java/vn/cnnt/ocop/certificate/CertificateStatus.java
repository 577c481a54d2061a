package vn.cnnt.ocop.certificate;

/** Status of an OCOP certificate (giấy chứng nhận): valid 36 months from its decision date. */
public enum CertificateStatus {
    VALID,
    EXPIRED,
    REVOKED
}
