package vn.cnnt.funding.beneficiary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A beneficiary of khuyến công support: a rural industrial establishment, a facility, a developer, an artisan. */
@Entity
@Table(name = "beneficiary")
public class Beneficiary {

    public enum Kind {
        ENTERPRISE,
        COOPERATIVE,
        COOPERATIVE_GROUP,
        HOUSEHOLD_BUSINESS,
        CLEANER_PRODUCTION_FACILITY,
        CLUSTER_DEVELOPER,
        ARTISAN
    }

    @Id
    public UUID id;

    @Version
    public long version;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;

    public String name;

    @Column(name = "tax_code")
    public String taxCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "commune_code")
    public String communeCode;

    public String address;

    @Column(name = "search_text")
    public String searchText;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
