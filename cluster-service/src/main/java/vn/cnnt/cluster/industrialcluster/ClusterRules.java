package vn.cnnt.cluster.industrialcluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import vn.cnnt.cluster.industrialcluster.config.ClusterRulesConfig;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;

/** The legal checks of Decree 32/2024/NĐ-CP; each refusal names the condition that failed. */
@ApplicationScoped
public class ClusterRules {

    private final ClusterRulesConfig config;

    ClusterRules(ClusterRulesConfig config) {
        this.config = config;
    }

    /** 10–75 ha, or 5–75 ha in a mountainous area or for a craft village (Art. 2). */
    public void requireAreaInRange(BigDecimal totalAreaHa, boolean mountainous, boolean craftVillage) {
        BigDecimal min = mountainous || craftVillage ? config.minAreaMountainousOrCraftVillageHa() : config.minAreaHa();
        if (totalAreaHa.compareTo(min) < 0 || totalAreaHa.compareTo(config.maxAreaHa()) > 0) {
            throw new ProblemException(
                    ClusterProblems.AREA_OUT_OF_RANGE,
                    "A " + kind(mountainous, craftVillage) + " cluster must have " + plain(min) + "–"
                            + plain(config.maxAreaHa()) + " ha; " + plain(totalAreaHa) + " ha given",
                    List.of(new FieldError(
                            "totalAreaHa", "must be between " + plain(min) + " and " + plain(config.maxAreaHa()))));
        }
    }

    public void requireIndustrialLandWithinArea(BigDecimal industrialLandHa, BigDecimal totalAreaHa) {
        if (industrialLandHa.compareTo(totalAreaHa) > 0) {
            throw new ProblemException(
                    ClusterProblems.INDUSTRIAL_LAND_ABOVE_TOTAL_AREA,
                    "Industrial land " + plain(industrialLandHa) + " ha exceeds the cluster's " + plain(totalAreaHa)
                            + " ha",
                    List.of(new FieldError("industrialLandHa", "must not exceed totalAreaHa")));
        }
    }

    /** Where the area already has clusters: average occupancy above 50 % or unleased land at most 100 ha (Art. 13). */
    public void requireEstablishmentAllowed(AreaOccupancy area, String areaName) {
        if (area.clusters() == 0
                || area.averageOccupancyPercent().compareTo(config.establishmentAverageOccupancyAbovePercent()) > 0
                || area.unleasedHa().compareTo(config.establishmentUnleasedLandAtMostHa()) <= 0) {
            return;
        }
        throw ClusterProblems.ESTABLISHMENT_OCCUPANCY_TOO_LOW.exception("The " + area.clusters()
                + " existing clusters of "
                + areaName + " have an average occupancy of " + plain(area.averageOccupancyPercent())
                + " % (must be above "
                + plain(config.establishmentAverageOccupancyAbovePercent()) + " %) and " + plain(area.unleasedHa())
                + " ha of unleased industrial land (must be at most "
                + plain(config.establishmentUnleasedLandAtMostHa()) + " ha)");
    }

    /** Art. 14: larger but at most 75 ha, shared infrastructure finished, occupancy ≥ 60 % or demand above the free land. */
    public void requireExpansionAllowed(
            IndustrialCluster cluster,
            BigDecimal newTotalAreaHa,
            BigDecimal newIndustrialLandHa,
            BigDecimal registeredDemandHa) {
        if (newTotalAreaHa.compareTo(cluster.totalAreaHa) <= 0
                || newIndustrialLandHa.compareTo(cluster.industrialLandHa) < 0) {
            throw ClusterProblems.EXPANSION_NOT_LARGER.exception(
                    "The cluster has " + plain(cluster.totalAreaHa) + " ha with " + plain(cluster.industrialLandHa)
                            + " ha of industrial land; an expansion must enlarge the area and keep the land");
        }
        requireIndustrialLandWithinArea(newIndustrialLandHa, newTotalAreaHa);
        if (newTotalAreaHa.compareTo(config.maxAreaHa()) > 0) {
            throw new ProblemException(
                    ClusterProblems.EXPANDED_AREA_TOO_LARGE,
                    "After expansion the cluster would have " + plain(newTotalAreaHa) + " ha; at most "
                            + plain(config.maxAreaHa()) + " ha is allowed",
                    List.of(new FieldError("totalAreaHa", "must be at most " + plain(config.maxAreaHa()))));
        }
        if (cluster.sharedInfrastructureCompletedOn == null) {
            throw ClusterProblems.SHARED_INFRASTRUCTURE_UNFINISHED.exception(
                    "The shared technical infrastructure (hạ tầng kỹ thuật dùng chung) has no completion date");
        }
        boolean occupied =
                Occupancy.compare(cluster.leasedHa, cluster.industrialLandHa, config.expansionOccupancyAtLeastPercent())
                        >= 0;
        boolean demand = registeredDemandHa != null && registeredDemandHa.compareTo(cluster.freeIndustrialLandHa()) > 0;
        if (!occupied && !demand) {
            throw ClusterProblems.EXPANSION_OCCUPANCY_TOO_LOW.exception("Occupancy is " + plain(cluster.occupancy())
                    + " % (at least " + plain(config.expansionOccupancyAtLeastPercent())
                    + " % needed) and the registered demand "
                    + (registeredDemandHa == null ? "is not given" : "of " + plain(registeredDemandHa) + " ha")
                    + " does not exceed the " + plain(cluster.freeIndustrialLandHa()) + " ha of free industrial land");
        }
    }

    private static String kind(boolean mountainous, boolean craftVillage) {
        return craftVillage ? "craft-village" : mountainous ? "mountainous-area" : "regular";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
