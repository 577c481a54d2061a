package vn.cnnt.cluster.industrialcluster.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;

/** A recorded lifecycle decision and the areas it left. */
@Schema(name = "ClusterDecision", description = "A lifecycle decision (quyết định) of the cluster")
public record DecisionResponse(
        @Schema(examples = "ESTABLISHED") ClusterStatus status,
        @Schema(examples = "2217/QĐ-UBND") String decisionNumber,
        @Schema(examples = "2020-11-20") LocalDate decisionDate,
        String note,
        @Schema(examples = "74.4") BigDecimal totalAreaHa,
        @Schema(examples = "52.1") BigDecimal industrialLandHa,
        @Schema(examples = "approver-19") String recordedBy) {}
