package vn.cnnt.plans.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** OCOP certificates by product (from ocop-service's events), counted against the OCOP targets of plans. */
@Entity
@Table(name = "certified_product")
public class CertifiedProduct {

    @Id
    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    public int stars;
    public String status;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "event_version")
    public long eventVersion;
}
