package vn.cnnt.plans.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One OCOP certificate (from ocop-service's events), counted against the OCOP targets of plans by the year of its
 * decision and the province code of its product ({@code provinceCode}: valid when the product was registered), whatever
 * its status today; a revoked one (thu hồi) is not counted.
 */
@Entity
public class OcopCertificate {

    @Id
    public UUID certificateId;

    public UUID productId;

    public String provinceCode;

    public String currentProvinceCode;

    public int stars;
    public String status;

    public LocalDate decisionDate;

    /** The product's version in ocop-service when this row was last written: an older event changes nothing. */
    public long eventVersion;
}
