package vn.cnnt.cluster.industrialcluster.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of every event on cluster.events.v1: the cluster's state after the change and its version, plus the
 * decision (lifecycle events) or the tenant (tenant events). Schemas: META-INF/events/*.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterEventData(
        UUID clusterId,
        String name,
        String provinceCode,
        String currentProvinceCode,
        String communeCode,
        String status,
        BigDecimal totalAreaHa,
        BigDecimal industrialLandHa,
        BigDecimal leasedHa,
        BigDecimal occupancy,
        long version,
        String decisionNumber,
        LocalDate decisionDate,
        UUID tenantId,
        String investorName,
        String industry,
        BigDecimal tenantLeasedHa) {}
