package vn.cnnt.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Forwards {@code /api/v1/<prefix>/**} to the service that owns it. Bodies stream in both directions, never buffered;
 * the edge filters (request id, authentication, rate limits, body size) have run before.
 */
@Singleton
public class Routes {

    private final Upstreams upstreams;

    Routes(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    void install(@Observes Router router) {
        Upstreams.ROUTES.forEach((prefix, name) -> {
            Upstream upstream = upstreams.get(name);
            HttpProxy proxy = HttpProxy.reverseProxy(upstream.client())
                    .originRequestProvider((request, client) ->
                            upstream.request(request.method(), request.uri(), upstream.readTimeout()))
                    .addInterceptor(new UpstreamGuard(upstream))
                    .addInterceptor(new ForwardingHeaders());
            ProxyHandler handler = ProxyHandler.create(proxy);
            router.route("/api/v1/" + prefix).handler(handler);
            router.route("/api/v1/" + prefix + "/*").handler(handler);
        });
    }
}
