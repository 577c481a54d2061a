package vn.cnnt.gateway.edge;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;
import vn.cnnt.kit.web.RequestIds;

/**
 * {@code X-Request-Id}: the caller's when it is sane, generated otherwise; set on the request before it is routed (so the
 * service logs it and carries it into its events) and on every response, the gateway's own problems included.
 */
@Singleton
public class RequestIdFilter {

    /** Runs first, so every later refusal carries the id. */
    @RouteFilter(3000)
    void assign(RoutingContext rc) {
        String id = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
        rc.request().headers().set(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        rc.addHeadersEndHandler(v -> rc.response().headers().set(RequestIds.HEADER, id));
        rc.next();
    }

    public static String of(RoutingContext rc) {
        return rc.request().getHeader(RequestIds.HEADER);
    }
}
