package vn.cnnt.plans.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One OCOP certificate (from ocop-service's events), counted against the OCOP targets of plans by the year of its
 * decision and the province code of its product ({@code provinceCode}: valid when the product was registered), whatever
 * its status today; a revoked one (thu hồi) is not counted.
 */
@Entity
@Table(name = "ocop_certificate")
public class OcopCertificate {

    @Id
    @Column(name = "certificate_id")
    public UUID certificateId;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    public int stars;
    public String status;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    /** The product's version in ocop-service when this row was last written: an older event changes nothing. */
    @Column(name = "event_version")
    public long eventVersion;
}
