package vn.cnnt.gateway.routing;

import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.cnnt.gateway.GatewayConfig;

/** The four services behind the gateway, built from configuration at start; a missing address stops the start. */
@Singleton
public class Upstreams {

    /** Path segment under {@code /api/v1} → service name, in the order of the docs portal. */
    public static final Map<String, String> ROUTES = routes();

    private final Map<String, Upstream> byName = new LinkedHashMap<>();

    Upstreams(GatewayConfig config, Vertx vertx) {
        ROUTES.values().forEach(name -> {
            UpstreamConfig service = config.services().get(name);
            if (service == null) {
                throw new IllegalStateException("gateway.services." + name + ".url is not configured");
            }
            byName.put(name, new Upstream(vertx, name, service, config.circuitBreaker()));
        });
    }

    public Upstream get(String name) {
        return byName.get(name);
    }

    public Optional<Upstream> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<Upstream> all() {
        return byName.values();
    }

    private static Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("plans", "plans");
        routes.put("funding", "funding");
        routes.put("ocop", "ocop");
        routes.put("clusters", "cluster");
        return Collections.unmodifiableMap(routes);
    }
}
