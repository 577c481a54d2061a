package vn.cnnt.gateway;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import vn.cnnt.gateway.overview.OverviewConfig;
import vn.cnnt.gateway.ratelimit.RateLimitConfig;
import vn.cnnt.gateway.routing.CircuitBreakerConfig;
import vn.cnnt.gateway.routing.UpstreamConfig;
import vn.cnnt.gateway.security.AuthConfig;

/** Everything the gateway reads from configuration, under {@code gateway.}; defaults are on each key. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name: {@code plans}, {@code funding}, {@code ocop}, {@code cluster}. */
    Map<String, UpstreamConfig> services();

    CircuitBreakerConfig circuitBreaker();

    AuthConfig auth();

    RateLimitConfig rateLimit();

    OverviewConfig overview();
}
