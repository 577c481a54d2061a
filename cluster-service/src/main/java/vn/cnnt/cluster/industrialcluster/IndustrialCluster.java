package vn.cnnt.cluster.industrialcluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
@Table(name = "industrial_cluster")
public class IndustrialCluster {

    @Id
    public UUID id;

    @Version
    public long version;

    public String name;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "craft_village")
    public boolean craftVillage;

    public boolean mountainous;

    /** Craft-village clusters: industrial land reserved for the craft villages' producers. */
    @Column(name = "craft_village_land_ha")
    public BigDecimal craftVillageLandHa;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "planned_industries")
    public List<String> plannedIndustries;

    @Column(name = "total_area_ha")
    public BigDecimal totalAreaHa;

    @Column(name = "industrial_land_ha")
    public BigDecimal industrialLandHa;

    @Column(name = "leased_ha")
    public BigDecimal leasedHa;

    @Enumerated(EnumType.STRING)
    @Column(name = "developer_kind")
    public DeveloperKind developerKind;

    @Column(name = "developer_name")
    public String developerName;

    @Column(name = "developer_tax_code")
    public String developerTaxCode;

    @Column(name = "total_investment_vnd")
    public Long totalInvestmentVnd;

    @Column(name = "state_support_vnd")
    public long stateSupportVnd;

    @Column(name = "shared_infrastructure_completed_on")
    public LocalDate sharedInfrastructureCompletedOn;

    @Enumerated(EnumType.STRING)
    public ClusterStatus status;

    @Column(name = "search_text")
    public String searchText;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public BigDecimal freeIndustrialLandHa() {
        return industrialLandHa.subtract(leasedHa);
    }

    public BigDecimal occupancy() {
        return Occupancy.percent(leasedHa, industrialLandHa);
    }
}
