package vn.cnnt.cluster.industrialcluster.api;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;

/** Current figures of a province's clusters (or the country's), for the gateway's province overview. */
@Schema(name = "ClusterStatistics", description = "Clusters by status and average occupancy (tỷ lệ lấp đầy bình quân)")
public record ClusterStatistics(
        @Schema(description = "Current province code; null for the whole country", examples = "19")
        String provinceCode,

        @Schema(examples = "6") long clusters,

        @Schema(
                examples =
                        "{\"IN_PLAN\": 1, \"ESTABLISHED\": 2, \"UNDER_CONSTRUCTION\": 0, \"OPERATING\": 3, \"EXPANDED\": 0, \"WITHDRAWN\": 0}")
        Map<ClusterStatus, Long> byStatus,

        @Schema(description = "Of clusters not withdrawn", examples = "202.4")
        BigDecimal totalAreaHa,

        @Schema(examples = "150.2") BigDecimal industrialLandHa,
        @Schema(examples = "80.3") BigDecimal leasedHa,

        @Schema(
                description =
                        "Mean of the occupancy (percent) of established, not withdrawn clusters; null when there is none",
                examples = "41.73")
        BigDecimal averageOccupancy) {}
