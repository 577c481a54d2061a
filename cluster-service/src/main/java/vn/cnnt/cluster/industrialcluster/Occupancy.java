package vn.cnnt.cluster.industrialcluster;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Occupancy (tỷ lệ lấp đầy) = leased industrial land / industrial land, in percent; always derived, never stored. The
 * one formula and the one rounding of every occupancy figure of the service:
 * <ul>
 *   <li>a cluster's rate is {@code leased × 100 / industrial land}; sums and averages add the rates carried to
 *       {@value #RATE_SCALE} decimals ({@link #rate}; the repositories compute the same in SQL, {@link #RATE_SQL});
 *   <li>what is shown (views, events, report lines, statistics, messages) is rounded once, to {@value #SHOWN_SCALE}
 *       decimals half up: {@link #percent} for a cluster, {@link #mean} for an average;
 *   <li>rules compare unrounded figures ({@link #compare}, {@link #meanAbove}): 59.995 % is shown as 60.00 % but is
 *       not 60 %, and an average of 50.004 %, shown as 50.00 %, is above 50 %.
 * </ul>
 */
public final class Occupancy {

    /** Decimals of a rate inside sums and averages: far below anything shown or compared. */
    public static final int RATE_SCALE = 16;
    /** Decimals of every occupancy figure shown. */
    public static final int SHOWN_SCALE = 2;
    /** {@link #rate} of a row of {@code industrial_cluster} (or any row with these two columns), in SQL. */
    public static final String RATE_SQL = "round(leased_ha * 100 / industrial_land_ha, " + RATE_SCALE + ")";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Occupancy() {}

    /** A cluster's occupancy as shown: percent with two decimals, half up. */
    public static BigDecimal percent(BigDecimal leasedHa, BigDecimal industrialLandHa) {
        return leasedHa.multiply(HUNDRED).divide(industrialLandHa, SHOWN_SCALE, RoundingMode.HALF_UP);
    }

    /** A cluster's occupancy as sums and averages add it: percent carried to {@value #RATE_SCALE} decimals. */
    public static BigDecimal rate(BigDecimal leasedHa, BigDecimal industrialLandHa) {
        return leasedHa.multiply(HUNDRED).divide(industrialLandHa, RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** The average occupancy of {@code clusters} clusters whose rates add up to {@code sumOfRates}, as shown; null for none. */
    public static BigDecimal mean(BigDecimal sumOfRates, long clusters) {
        return clusters == 0
                ? null
                : sumOfRates.divide(BigDecimal.valueOf(clusters), SHOWN_SCALE, RoundingMode.HALF_UP);
    }

    /** Whether the average occupancy is strictly above the threshold, unrounded. */
    public static boolean meanAbove(BigDecimal sumOfRates, long clusters, BigDecimal thresholdPercent) {
        return clusters > 0 && sumOfRates.compareTo(thresholdPercent.multiply(BigDecimal.valueOf(clusters))) > 0;
    }

    /** Exact comparison of a cluster's occupancy with a threshold, without the rounding of {@link #percent}. */
    public static int compare(BigDecimal leasedHa, BigDecimal industrialLandHa, BigDecimal thresholdPercent) {
        return leasedHa.multiply(HUNDRED).compareTo(thresholdPercent.multiply(industrialLandHa));
    }
}
