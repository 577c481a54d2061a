package vn.cnnt.cluster.industrialcluster.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.cnnt.cluster.ClusterProblems;
import vn.cnnt.cluster.industrialcluster.ClusterRuleSet;
import vn.cnnt.cluster.industrialcluster.ClusterRules;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.repository.ClusterRepository;
import vn.cnnt.cluster.industrialcluster.repository.RuleSetRepository;

/** The rules in force on a decision's date (data with effective dates), applied to a cluster's decision. */
@ApplicationScoped
class RulesInForce {

    private final RuleSetRepository ruleSets;
    private final ClusterRepository clusters;
    private final ClusterRules rules;

    RulesInForce(RuleSetRepository ruleSets, ClusterRepository clusters, ClusterRules rules) {
        this.ruleSets = ruleSets;
        this.clusters = clusters;
        this.rules = rules;
    }

    ClusterRuleSet on(LocalDate decisionDate) {
        return ruleSets.inForceOn(decisionDate);
    }

    /**
     * The conditions of an establishment decision dated {@code decisionDate}: area and craft-village land, and where
     * "the area" of the rule in force (district before 1 July 2025) already has clusters, their occupancy.
     */
    void requireEstablishmentAllowed(IndustrialCluster c, LocalDate decisionDate) {
        ClusterRuleSet in = on(decisionDate);
        if (!in.checked) {
            return;
        }
        rules.requireAreaInRange(in, c.totalAreaHa, c.mountainous, c.craftVillage);
        rules.requireCraftVillageLand(in, c.craftVillage, c.craftVillageLandHa, c.industrialLandHa);
        String unit = switch (in.establishmentScope) {
            case DISTRICT -> c.districtCode;
            case COMMUNE -> c.communeCode;
            case PROVINCE -> c.currentProvinceCode;
        };
        if (unit == null) {
            String field = in.establishmentScope.name().toLowerCase() + "Code";
            throw ClusterProblems.ESTABLISHMENT_AREA_UNKNOWN.exception("Under " + in.legalBasis + " on " + decisionDate
                    + " the establishment rule measures the clusters of the "
                    + in.establishmentScope.name().toLowerCase()
                    + "; the cluster has no " + field);
        }
        clusters.lockProvinceForEstablishment(c.currentProvinceCode);
        String area = switch (in.establishmentScope) {
            case DISTRICT -> "district " + c.districtCode + " (province " + c.provinceCode + ")";
            case COMMUNE -> "commune " + c.communeCode;
            case PROVINCE -> "province " + c.currentProvinceCode;
        };
        rules.requireEstablishmentAllowed(in, clusters.areaOccupancy(in.establishmentScope, c), area);
    }
}
