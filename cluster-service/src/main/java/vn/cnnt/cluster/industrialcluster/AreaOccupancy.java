package vn.cnnt.cluster.industrialcluster;

import java.math.BigDecimal;

/**
 * The existing (established, not withdrawn) clusters of an area, as the establishment rule sees them.
 *
 * @param averageOccupancyPercent the mean of their occupancy rates (tỷ lệ lấp đầy trung bình)
 * @param unleasedHa              their industrial land not yet leased
 */
public record AreaOccupancy(long clusters, BigDecimal averageOccupancyPercent, BigDecimal unleasedHa) {}
