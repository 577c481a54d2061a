package vn.cnnt.cluster.industrialcluster.service;

import java.util.List;
import vn.cnnt.cluster.industrialcluster.ClusterDecision;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.Tenant;
import vn.cnnt.cluster.industrialcluster.Transition;
import vn.cnnt.cluster.industrialcluster.api.ClusterEventData;
import vn.cnnt.cluster.industrialcluster.api.ClusterResponse;
import vn.cnnt.cluster.industrialcluster.api.DecisionResponse;
import vn.cnnt.cluster.industrialcluster.api.DeveloperPayload;
import vn.cnnt.cluster.industrialcluster.api.TenantResponse;

/** Entities to the contract: views, history snapshots and event data. */
final class ClusterMapper {

    private ClusterMapper() {}

    static ClusterResponse view(IndustrialCluster c) {
        return new ClusterResponse(
                c.id,
                c.version,
                c.name,
                c.provinceCode,
                c.currentProvinceCode,
                c.districtCode,
                c.communeCode,
                c.craftVillage,
                c.craftVillageLandHa,
                c.mountainous,
                List.copyOf(c.plannedIndustries),
                c.totalAreaHa,
                c.industrialLandHa,
                c.leasedHa,
                c.freeIndustrialLandHa(),
                c.occupancy(),
                developer(c),
                c.totalInvestmentVnd,
                c.stateSupportVnd,
                c.sharedInfrastructureCompletedOn,
                c.status,
                Transition.availableFrom(c.status));
    }

    static DeveloperPayload developer(IndustrialCluster c) {
        return c.developerKind == null
                ? null
                : new DeveloperPayload(c.developerKind, c.developerName, c.developerTaxCode);
    }

    static DecisionResponse view(ClusterDecision d) {
        return new DecisionResponse(
                d.status, d.decisionNumber, d.decisionDate, d.note, d.totalAreaHa, d.industrialLandHa, d.recordedBy);
    }

    static TenantResponse view(Tenant t) {
        return new TenantResponse(
                t.id,
                t.version,
                t.clusterId,
                t.investorName,
                t.investorTaxCode,
                t.projectName,
                t.industry,
                t.leasedHa,
                t.registeredCapitalVnd,
                t.jobs,
                t.leaseStart,
                t.leaseEnd,
                t.status,
                t.leftOn);
    }

    static ClusterEventData event(IndustrialCluster c, ClusterDecision d) {
        return new ClusterEventData(
                c.id,
                c.name,
                c.provinceCode,
                c.currentProvinceCode,
                c.communeCode,
                c.status.name(),
                c.totalAreaHa,
                c.industrialLandHa,
                c.leasedHa,
                c.occupancy(),
                c.version,
                d.decisionNumber,
                d.decisionDate,
                null,
                null,
                null,
                null);
    }

    static ClusterEventData event(IndustrialCluster c, Tenant t) {
        return new ClusterEventData(
                c.id,
                c.name,
                c.provinceCode,
                c.currentProvinceCode,
                c.communeCode,
                c.status.name(),
                c.totalAreaHa,
                c.industrialLandHa,
                c.leasedHa,
                c.occupancy(),
                c.version,
                null,
                null,
                t.id,
                t.investorName,
                t.industry,
                t.leasedHa);
    }
}
