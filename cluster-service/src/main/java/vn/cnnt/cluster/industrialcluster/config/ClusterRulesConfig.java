package vn.cnnt.cluster.industrialcluster.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * The thresholds of Decree 32/2024/NĐ-CP (Art. 2, 13, 14) for cluster area, establishment and expansion.
 * The decree is the default; a later amendment is a configuration change, not a code change.
 */
@ConfigMapping(prefix = "cnnt.cluster.rules")
public interface ClusterRulesConfig {

    /** Smallest cluster, in hectares. */
    @WithDefault("10")
    BigDecimal minAreaHa();

    /** Smallest cluster in a mountainous area or for a craft village (CCN làng nghề), in hectares. */
    @WithDefault("5")
    BigDecimal minAreaMountainousOrCraftVillageHa();

    /** Largest cluster, also after expansion, in hectares. */
    @WithDefault("75")
    BigDecimal maxAreaHa();

    /** Establishment where the area has clusters: their average occupancy must be above this percentage… */
    @WithDefault("50")
    BigDecimal establishmentAverageOccupancyAbovePercent();

    /** …or their unleased industrial land at most this many hectares. */
    @WithDefault("100")
    BigDecimal establishmentUnleasedLandAtMostHa();

    /** Expansion needs at least this occupancy (or registered demand above the free land). */
    @WithDefault("60")
    BigDecimal expansionOccupancyAtLeastPercent();
}
