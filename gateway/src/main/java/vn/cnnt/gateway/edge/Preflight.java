package vn.cnnt.gateway.edge;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/** A CORS preflight carries no credentials by design: it is answered by the CORS policy, not authenticated or counted. */
public final class Preflight {

    private Preflight() {}

    public static boolean is(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS
                && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }
}
