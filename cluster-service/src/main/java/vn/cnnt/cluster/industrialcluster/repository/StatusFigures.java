package vn.cnnt.cluster.industrialcluster.repository;

import java.math.BigDecimal;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;

/** Sums over the clusters of one status; {@code occupancySum} is the sum of their occupancy rates ({@code Occupancy.rate}). */
public record StatusFigures(
        ClusterStatus status,
        long clusters,
        BigDecimal totalAreaHa,
        BigDecimal industrialLandHa,
        BigDecimal leasedHa,
        BigDecimal occupancySum) {}
