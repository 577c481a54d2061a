package vn.cnnt.cluster.industrialcluster;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Occupancy (tỷ lệ lấp đầy) = leased industrial land / industrial land, in percent; always derived. */
public final class Occupancy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Occupancy() {}

    /** Percent with two decimals, for display and events. */
    public static BigDecimal percent(BigDecimal leasedHa, BigDecimal industrialLandHa) {
        return leasedHa.multiply(HUNDRED).divide(industrialLandHa, 2, RoundingMode.HALF_UP);
    }

    /** Exact comparison with a threshold, without the rounding of {@link #percent}. */
    public static int compare(BigDecimal leasedHa, BigDecimal industrialLandHa, BigDecimal thresholdPercent) {
        return leasedHa.multiply(HUNDRED).compareTo(thresholdPercent.multiply(industrialLandHa));
    }
}
