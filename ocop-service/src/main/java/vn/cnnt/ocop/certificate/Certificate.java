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

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    public CertificateStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_on")
    public LocalDate statusChangedOn;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /** Valid on a day: not revoked or expired, and the day is within the 36 months. */
    public boolean validOn(LocalDate day) {
        return status == CertificateStatus.VALID && !day.isAfter(validUntil);
    }
}
