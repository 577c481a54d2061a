package vn.cnnt.funding.beneficiary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A beneficiary of khuyến công support: a rural industrial establishment, a facility, a developer, an artisan. */
@Entity
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

    public String taxCode;

    public String provinceCode;

    public String currentProvinceCode;

    public String communeCode;

    public String address;

    public String searchText;

    public Instant createdAt;

    public String createdBy;
}
