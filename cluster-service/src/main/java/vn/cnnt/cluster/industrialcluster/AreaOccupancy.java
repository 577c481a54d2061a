package vn.cnnt.cluster.industrialcluster;

import java.math.BigDecimal;

/**
 * The existing (established, not withdrawn) clusters of an area, as the establishment rule sees them.
 *
 * @param occupancySum the sum of their occupancy rates ({@link Occupancy#rate})
 * @param unleasedHa their industrial land not yet leased
 */
public record AreaOccupancy(long clusters, BigDecimal occupancySum, BigDecimal unleasedHa) {

    /** Their average occupancy (tỷ lệ lấp đầy trung bình) as shown; null without clusters. */
    public BigDecimal averageOccupancyPercent() {
        return Occupancy.mean(occupancySum, clusters);
    }

    /** Whether their average occupancy is strictly above the threshold, unrounded. */
    public boolean averageOccupancyAbove(BigDecimal thresholdPercent) {
        return Occupancy.meanAbove(occupancySum, clusters, thresholdPercent);
    }
}
