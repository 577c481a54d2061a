package vn.cnnt.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;

/**
 * Forwards {@code /api/v1/<prefix>/**} to the service that owns it, streaming both ways, and serves each service's
 * OpenAPI document at {@code /docs/openapi/<service>} for the docs portal.
 */
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
            ProxyHandler api = ProxyHandler.create(HttpProxy.reverseProxy(client).origin(uri.getPort(), uri.getHost())
                    .addInterceptor(new UpstreamProblems(name)));
            router.route("/api/v1/" + prefix).handler(api);
            router.route("/api/v1/" + prefix + "/*").handler(api);
            HttpProxy docs = HttpProxy.reverseProxy(client).origin(uri.getPort(), uri.getHost()).addInterceptor(new ProxyInterceptor() {
                @Override
                public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                    context.request().setURI("/q/openapi?format=json");
                    return context.sendRequest();
                }
            }).addInterceptor(new UpstreamProblems(name));
            router.get("/docs/openapi/" + name).handler(ProxyHandler.create(docs));
        });
    }
}
