package vn.cnnt.ocop.certificate;

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

    public String certificateNumber;

    public UUID productId;

    public UUID evaluationId;

    public int stars;

    @Enumerated(EnumType.STRING)
    public CouncilLevel issuingLevel;

    public String decisionNumber;

    public LocalDate decisionDate;

    /**
     * The last day of validity, inclusive (ngày cuối cùng còn hiệu lực): the decision date + 36 months, in Vietnam's
     * calendar (Asia/Ho_Chi_Minh). The API shows it as {@code lastValidDay} (and, for older clients, {@code validUntil}).
     */
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    public CertificateStatus status;

    public String statusReason;

    public LocalDate statusChangedOn;

    /** The certificate of the later evaluation that superseded this one; set exactly when REPLACED. */
    public UUID replacedByCertificateId;

    /** The revoking decision (quyết định thu hồi); set when REVOKED through the API. */
    public String revocationDecisionNumber;

    /** Scored with an illustrative sheet, not an official Annex III one. */
    public boolean illustrativeSheet;

    public String provinceCode;

    public String currentProvinceCode;

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
