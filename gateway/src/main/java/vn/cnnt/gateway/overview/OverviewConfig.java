package vn.cnnt.gateway.overview;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The composed province overview ({@code gateway.overview.*}). */
public interface OverviewConfig {

    /** How long each part may take; a slower service's part is marked unavailable rather than delaying the rest. */
    @WithDefault("3s")
    Duration timeout();

    /** Pages of 500 plans counted at most (10 000 plans a province by default). */
    @WithDefault("20")
    int maxPlanPages();
}
