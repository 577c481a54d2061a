package vn.cnnt.cluster.industrialcluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rules of establishing and expanding clusters in force over a period of decision dates: reference data loaded by
 * migrations, so that an amendment is a new row with its effective date. An unchecked rule set (a regime whose
 * thresholds the sources do not give) records decisions as taken.
 */
@Entity
public class ClusterRuleSet {

    @Id
    public String code;

    public String legalBasis;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    public boolean checked;

    public BigDecimal minAreaHa;

    public BigDecimal minAreaMountainousOrCraftVillageHa;

    public BigDecimal maxAreaHa;

    @Enumerated(EnumType.STRING)
    public EstablishmentScope establishmentScope;

    @Column(name = "establishment_average_occupancy_above_pct")
    public BigDecimal establishmentAverageOccupancyAbovePercent;

    public BigDecimal establishmentUnleasedLandAtMostHa;

    @Column(name = "expansion_occupancy_at_least_pct")
    public BigDecimal expansionOccupancyAtLeastPercent;

    @Column(name = "craft_village_land_at_least_pct")
    public BigDecimal craftVillageLandAtLeastPercent;

    /** What of this row the sources do not settle; null when confirmed. */
    public String unconfirmed;
}
