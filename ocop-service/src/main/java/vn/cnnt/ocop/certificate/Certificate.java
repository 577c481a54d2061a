package vn.cnnt.ocop.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.CouncilLevel;

/** An OCOP certificate (giấy chứng nhận sản phẩm OCOP): 3★ or more, valid 36 months from its decision date. */
@Entity
@Table(name = "ocop_certificate")
public class Certificate {

    public static final int VALIDITY_MONTHS = 36;

    @Id
    public UUID id;

    @Column(name = "certificate_number")
    public String certificateNumber;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    public int stars;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_level")
    public CouncilLevel issuingLevel;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    /**
     * The last day of validity, inclusive (ngày cuối cùng còn hiệu lực): the decision date + 36 months, in Vietnam's
     * calendar (Asia/Ho_Chi_Minh). The API shows it as {@code lastValidDay} (and, for older clients, {@code validUntil}).
     */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    public CertificateStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_on")
    public LocalDate statusChangedOn;

    /** The certificate of the later evaluation that superseded this one; set exactly when REPLACED. */
    @Column(name = "replaced_by_certificate_id")
    public UUID replacedByCertificateId;

    /** The revoking decision (quyết định thu hồi); set when REVOKED through the API. */
    @Column(name = "revocation_decision_number")
    public String revocationDecisionNumber;

    /** Scored with an illustrative sheet, not an official Annex III one. */
    @Column(name = "illustrative_sheet")
    public boolean illustrativeSheet;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /**
     * Valid on a day of Vietnam's calendar: VALID (not revoked, replaced or expired) and the day is at most its last
     * valid day, {@link #validUntil}, which is itself a day of validity.
     */
    public boolean validOn(LocalDate day) {
        return status == CertificateStatus.VALID && !day.isAfter(validUntil);
    }
}
