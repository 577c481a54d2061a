package vn.cnnt.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name: plans, funding, ocop, cluster. */
    Map<String, Service> services();

    interface Service {
        /** Base URL, e.g. http://plans-service:8080 */
        String url();

        @WithDefault("2s")
        Duration connectTimeout();

        @WithDefault("30s")
        Duration readTimeout();
    }
}
