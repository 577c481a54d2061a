package vn.cnnt.cluster.industrialcluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import vn.cnnt.cluster.ClusterProblems;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;

/**
 * The legal checks of a cluster's decisions under the rule set in force on the decision's date (Decree 32/2024/NĐ-CP
 * from 1 May 2024); each refusal names the condition that failed. Under an unchecked rule set (an earlier regime whose
 * thresholds the sources do not give) a decision is recorded as taken: only physical consistency is checked.
 */
@ApplicationScoped
public class ClusterRules {

    /** 10–75 ha, or 5–75 ha in a mountainous area or for a craft village (Art. 2). */
    public void requireAreaInRange(
            ClusterRuleSet config, BigDecimal totalAreaHa, boolean mountainous, boolean craftVillage) {
        if (!config.checked) {
            return;
        }
        BigDecimal min = mountainous || craftVillage ? config.minAreaMountainousOrCraftVillageHa : config.minAreaHa;
        if (totalAreaHa.compareTo(min) < 0 || totalAreaHa.compareTo(config.maxAreaHa) > 0) {
            throw new ProblemException(
                    ClusterProblems.AREA_OUT_OF_RANGE,
                    "A " + kind(mountainous, craftVillage) + " cluster must have " + plain(min) + "–"
                            + plain(config.maxAreaHa) + " ha; " + plain(totalAreaHa) + " ha given",
                    List.of(new FieldError(
                            "totalAreaHa", "must be between " + plain(min) + " and " + plain(config.maxAreaHa))));
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

    /**
     * A craft-village cluster (CCN làng nghề) keeps at least 60 % of its industrial land for the craft villages'
     * producers (Art. 2); only a craft-village cluster reserves such land.
     */
    public void requireCraftVillageLand(
            ClusterRuleSet config, boolean craftVillage, BigDecimal craftVillageLandHa, BigDecimal industrialLandHa) {
        if (!craftVillage) {
            if (craftVillageLandHa != null) {
                throw new ProblemException(
                        ClusterProblems.CRAFT_VILLAGE_LAND_BELOW_SHARE,
                        "Only a craft-village cluster (CCN làng nghề) reserves land for craft-village producers",
                        List.of(new FieldError("craftVillageLandHa", "must be absent unless craftVillage is true")));
            }
            return;
        }
        if (craftVillageLandHa != null && craftVillageLandHa.compareTo(industrialLandHa) > 0) {
            throw new ProblemException(
                    ClusterProblems.CRAFT_VILLAGE_LAND_BELOW_SHARE,
                    "The land reserved for craft-village producers (" + plain(craftVillageLandHa)
                            + " ha) exceeds the industrial land (" + plain(industrialLandHa) + " ha)",
                    List.of(new FieldError("craftVillageLandHa", "must not exceed industrialLandHa")));
        }
        if (!config.checked) {
            return;
        }
        BigDecimal share = config.craftVillageLandAtLeastPercent;
        if (craftVillageLandHa == null || Occupancy.compare(craftVillageLandHa, industrialLandHa, share) < 0) {
            throw new ProblemException(
                    ClusterProblems.CRAFT_VILLAGE_LAND_BELOW_SHARE,
                    "A craft-village cluster keeps at least " + plain(share) + " % of its " + plain(industrialLandHa)
                            + " ha of industrial land for craft-village producers ("
                            + (craftVillageLandHa == null ? "none given" : plain(craftVillageLandHa) + " ha given")
                            + ", " + config.legalBasis + ")",
                    List.of(new FieldError(
                            "craftVillageLandHa", "must be at least " + plain(share) + " % of industrialLandHa")));
        }
    }

    /** Where the area already has clusters: average occupancy above 50 % or unleased land at most 100 ha (Art. 13). */
    public void requireEstablishmentAllowed(ClusterRuleSet config, AreaOccupancy area, String areaName) {
        if (!config.checked
                || area.clusters() == 0
                || area.averageOccupancyAbove(config.establishmentAverageOccupancyAbovePercent)
                || area.unleasedHa().compareTo(config.establishmentUnleasedLandAtMostHa) <= 0) {
            return;
        }
        throw ClusterProblems.ESTABLISHMENT_OCCUPANCY_TOO_LOW.exception("The " + area.clusters()
                + " existing clusters of "
                + areaName + " have an average occupancy of " + plain(area.averageOccupancyPercent())
                + " % (must be above "
                + plain(config.establishmentAverageOccupancyAbovePercent) + " %) and " + plain(area.unleasedHa())
                + " ha of unleased industrial land (must be at most "
                + plain(config.establishmentUnleasedLandAtMostHa) + " ha; " + config.legalBasis + ")");
    }

    /** Art. 14: larger but at most 75 ha, shared infrastructure finished, occupancy ≥ 60 % or demand above the free land. */
    public void requireExpansionAllowed(
            ClusterRuleSet config,
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
        if (!config.checked) {
            return;
        }
        if (newTotalAreaHa.compareTo(config.maxAreaHa) > 0) {
            throw new ProblemException(
                    ClusterProblems.EXPANDED_AREA_TOO_LARGE,
                    "After expansion the cluster would have " + plain(newTotalAreaHa) + " ha; at most "
                            + plain(config.maxAreaHa) + " ha is allowed",
                    List.of(new FieldError("totalAreaHa", "must be at most " + plain(config.maxAreaHa))));
        }
        if (cluster.sharedInfrastructureCompletedOn == null) {
            throw ClusterProblems.SHARED_INFRASTRUCTURE_UNFINISHED.exception(
                    "The shared technical infrastructure (hạ tầng kỹ thuật dùng chung) has no completion date");
        }
        boolean occupied =
                Occupancy.compare(cluster.leasedHa, cluster.industrialLandHa, config.expansionOccupancyAtLeastPercent)
                        >= 0;
        boolean demand = registeredDemandHa != null && registeredDemandHa.compareTo(cluster.freeIndustrialLandHa()) > 0;
        if (!occupied && !demand) {
            throw ClusterProblems.EXPANSION_OCCUPANCY_TOO_LOW.exception("Occupancy is " + plain(cluster.occupancy())
                    + " % (at least " + plain(config.expansionOccupancyAtLeastPercent)
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
