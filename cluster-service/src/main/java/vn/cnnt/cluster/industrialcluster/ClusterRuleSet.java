package vn.cnnt.cluster.industrialcluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rules of establishing and expanding clusters in force over a period of decision dates: reference data loaded by
 * migrations, so that an amendment is a new row with its effective date. An unchecked rule set (a regime whose
 * thresholds the sources do not give) records decisions as taken.
 */
@Entity
@Table(name = "cluster_rule_set")
public class ClusterRuleSet {

    @Id
    public String code;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public boolean checked;

    @Column(name = "min_area_ha")
    public BigDecimal minAreaHa;

    @Column(name = "min_area_mountainous_or_craft_village_ha")
    public BigDecimal minAreaMountainousOrCraftVillageHa;

    @Column(name = "max_area_ha")
    public BigDecimal maxAreaHa;

    @Enumerated(EnumType.STRING)
    @Column(name = "establishment_scope")
    public EstablishmentScope establishmentScope;

    @Column(name = "establishment_average_occupancy_above_pct")
    public BigDecimal establishmentAverageOccupancyAbovePercent;

    @Column(name = "establishment_unleased_land_at_most_ha")
    public BigDecimal establishmentUnleasedLandAtMostHa;

    @Column(name = "expansion_occupancy_at_least_pct")
    public BigDecimal expansionOccupancyAtLeastPercent;

    @Column(name = "craft_village_land_at_least_pct")
    public BigDecimal craftVillageLandAtLeastPercent;

    /** What of this row the sources do not settle; null when confirmed. */
    public String unconfirmed;
}
