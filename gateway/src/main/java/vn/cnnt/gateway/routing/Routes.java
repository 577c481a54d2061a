package vn.cnnt.gateway.routing;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;

/** Forwards {@code /api/v1/<prefix>/**} to the service that owns it, streaming both ways. */
@Singleton
public class Routes {

    /** Path prefix under /api/v1 → service name in {@link GatewayConfig#services()}. */
    static final Map<String, String> PREFIXES = Map.of(
            "plans", "plans", "funding", "funding", "ocop", "ocop", "clusters", "cluster");

    private final GatewayConfig config;

    Routes(GatewayConfig config) {
        this.config = config;
    }

    void install(@Observes Router router, Vertx vertx) {
        PREFIXES.forEach((prefix, name) -> {
            GatewayConfig.Service service = config.services().get(name);
            if (service == null) {
                throw new IllegalStateException("gateway.services." + name + ".url is not configured");
            }
            URI uri = URI.create(service.url());
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout((int) service.connectTimeout().toMillis())
                    .setIdleTimeout((int) service.readTimeout().toSeconds())
                    .setKeepAlive(true));
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(uri.getPort(), uri.getHost());
            ProxyHandler handler = ProxyHandler.create(proxy);
            router.route("/api/v1/" + prefix).handler(handler);
            router.route("/api/v1/" + prefix + "/*").handler(handler);
        });
    }
}
