package vn.cnnt.cluster;

import java.util.List;
import vn.cnnt.kit.problem.ProblemType;

/** The error kinds of cluster-service; each refused legal condition has its own slug. */
public final class ClusterProblems {

    public static final ProblemType AREA_OUT_OF_RANGE =
            new ProblemType("area-out-of-range", 422, "Cluster area outside the range of Decree 32/2024/NĐ-CP");
    public static final ProblemType INDUSTRIAL_LAND_ABOVE_TOTAL_AREA =
            new ProblemType("industrial-land-above-total-area", 422, "Industrial land larger than the cluster");
    public static final ProblemType DISTRICT_AFTER_REFORM =
            new ProblemType("district-after-reform", 422, "Districts no longer exist from 1 July 2025");
    public static final ProblemType DUPLICATE_CLUSTER_NAME =
            new ProblemType("duplicate-cluster-name", 409, "A cluster of this name already exists in the province");
    public static final ProblemType DECISION_DATE_OUT_OF_ORDER =
            new ProblemType("decision-date-out-of-order", 422, "Decision dated before the cluster's previous decision");
    public static final ProblemType ESTABLISHMENT_OCCUPANCY_TOO_LOW = new ProblemType(
            "establishment-occupancy-too-low",
            422,
            "The area's existing clusters are not occupied enough for a new one");
    public static final ProblemType ESTABLISHMENT_AREA_UNKNOWN = new ProblemType(
            "establishment-area-unknown",
            422,
            "The cluster lacks the district or commune that the establishment rule in force measures");
    public static final ProblemType CRAFT_VILLAGE_LAND_BELOW_SHARE = new ProblemType(
            "craft-village-land-below-share",
            422,
            "A craft-village cluster keeps too little industrial land for craft-village producers");
    public static final ProblemType EXPANSION_OCCUPANCY_TOO_LOW = new ProblemType(
            "expansion-occupancy-too-low",
            422,
            "Occupancy below the expansion threshold and no registered demand above the free land");
    public static final ProblemType SHARED_INFRASTRUCTURE_UNFINISHED =
            new ProblemType("shared-infrastructure-unfinished", 422, "Shared technical infrastructure not finished");
    public static final ProblemType EXPANDED_AREA_TOO_LARGE =
            new ProblemType("expanded-area-too-large", 422, "Cluster area after expansion above the maximum");
    public static final ProblemType EXPANSION_NOT_LARGER = new ProblemType(
            "expansion-not-larger", 422, "An expansion must enlarge the cluster and keep its industrial land");
    public static final ProblemType CLUSTER_HAS_TENANTS =
            new ProblemType("cluster-has-tenants", 409, "The cluster still has tenants");
    public static final ProblemType CLUSTER_NOT_OPEN_TO_TENANTS =
            new ProblemType("cluster-not-open-to-tenants", 409, "Tenants need an established, not withdrawn cluster");
    public static final ProblemType LEASE_EXCEEDS_FREE_LAND = new ProblemType(
            "lease-exceeds-free-land", 409, "Leased area larger than the cluster's free industrial land");
    public static final ProblemType TENANT_ALREADY_LEFT =
            new ProblemType("tenant-already-left", 409, "The tenant has already left");
    public static final ProblemType DEPARTURE_BEFORE_LEASE_START =
            new ProblemType("departure-before-lease-start", 422, "Departure dated before the lease started");
    public static final ProblemType UNKNOWN_REPORT_PERIOD =
            new ProblemType("unknown-report-period", 404, "Unknown report period");

    /** Every kind above, for the OpenAPI catalogue. */
    public static final List<ProblemType> ALL = List.of(
            AREA_OUT_OF_RANGE,
            INDUSTRIAL_LAND_ABOVE_TOTAL_AREA,
            DISTRICT_AFTER_REFORM,
            DUPLICATE_CLUSTER_NAME,
            ProblemType.INVALID_TRANSITION,
            DECISION_DATE_OUT_OF_ORDER,
            ESTABLISHMENT_OCCUPANCY_TOO_LOW,
            ESTABLISHMENT_AREA_UNKNOWN,
            CRAFT_VILLAGE_LAND_BELOW_SHARE,
            EXPANSION_OCCUPANCY_TOO_LOW,
            SHARED_INFRASTRUCTURE_UNFINISHED,
            EXPANDED_AREA_TOO_LARGE,
            EXPANSION_NOT_LARGER,
            CLUSTER_HAS_TENANTS,
            CLUSTER_NOT_OPEN_TO_TENANTS,
            LEASE_EXCEEDS_FREE_LAND,
            TENANT_ALREADY_LEFT,
            DEPARTURE_BEFORE_LEASE_START,
            UNKNOWN_REPORT_PERIOD);

    private ClusterProblems() {}
}
