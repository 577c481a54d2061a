package vn.cnnt.gateway.edge;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Response headers that make browsers treat answers as data: no MIME sniffing, no framing, no referrer, HTTPS only
 * once seen over HTTPS. API answers also forbid any active content and, unless the service says otherwise, caching
 * (they are per caller). The docs portal needs its scripts, so it gets no content security policy.
 */
@Singleton
public class SecurityHeaders {

    @RouteFilter(2900)
    void add(RoutingContext rc) {
        boolean api = rc.normalizedPath().startsWith("/api/");
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            if (api) {
                headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                if (!headers.contains("Cache-Control")) {
                    headers.set("Cache-Control", "no-store");
                }
            }
        });
        rc.next();
    }
}
