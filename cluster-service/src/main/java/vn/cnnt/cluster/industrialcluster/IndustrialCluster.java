package vn.cnnt.cluster.industrialcluster;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An industrial cluster (cụm công nghiệp, CCN): its land, developer, investment and legal status. */
@Entity
public class IndustrialCluster {

    @Id
    public UUID id;

    @Version
    public long version;

    public String name;

    public String provinceCode;

    public String currentProvinceCode;

    public String districtCode;

    public String communeCode;

    public boolean craftVillage;

    public boolean mountainous;

    /** Craft-village clusters: industrial land reserved for the craft villages' producers. */
    public BigDecimal craftVillageLandHa;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> plannedIndustries;

    public BigDecimal totalAreaHa;

    public BigDecimal industrialLandHa;

    public BigDecimal leasedHa;

    @Enumerated(EnumType.STRING)
    public DeveloperKind developerKind;

    public String developerName;

    public String developerTaxCode;

    public Long totalInvestmentVnd;

    public long stateSupportVnd;

    public LocalDate sharedInfrastructureCompletedOn;

    @Enumerated(EnumType.STRING)
    public ClusterStatus status;

    public String searchText;

    public Instant createdAt;

    public String createdBy;

    public Instant updatedAt;

    public BigDecimal freeIndustrialLandHa() {
        return industrialLandHa.subtract(leasedHa);
    }

    public BigDecimal occupancy() {
        return Occupancy.percent(leasedHa, industrialLandHa);
    }
}
