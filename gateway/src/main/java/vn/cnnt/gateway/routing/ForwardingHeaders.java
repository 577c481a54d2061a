package vn.cnnt.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.URI;
import java.util.List;

/**
 * Headers across the hop: the ones named in {@code Connection} and the standard hop-by-hop ones are dropped in both
 * directions (the proxy itself drops the standard ones from requests only); the service learns the caller's
 * address, scheme and the host it was called by from {@code X-Forwarded-For}, {@code -Proto} and {@code -Host}; the
 * caller's own {@code Forwarded}, {@code X-Forwarded-Host} and the like never reach it.
 */
final class ForwardingHeaders implements ProxyInterceptor {

    private static final List<String> HOP_BY_HOP = List.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "proxy-connection",
            "te",
            "trailer",
            "upgrade");
    /**
     * What a caller could set to make a service (or its framework, with forwarding support on) believe another host,
     * port, prefix, scheme or address: the gateway states those itself.
     */
    private static final List<String> SPOOFABLE = List.of(
            "forwarded",
            "x-forwarded-host",
            "x-forwarded-port",
            "x-forwarded-prefix",
            "x-forwarded-server",
            "x-forwarded-ssl",
            "x-forwarded-proto",
            "x-real-ip",
            "x-client-ip",
            "x-original-url",
            "x-rewrite-url",
            "proxy-connection");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        removeNamedIn(incoming.getHeader("Connection"), headers);
        SPOOFABLE.forEach(headers::remove);
        String forwardedFor = incoming.getHeader("X-Forwarded-For");
        String address = incoming.remoteAddress() == null
                ? "unknown"
                : incoming.remoteAddress().hostAddress();
        headers.set("X-Forwarded-For", forwardedFor == null ? address : forwardedFor + ", " + address);
        headers.set("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        removeNamedIn(headers.get("Connection"), headers);
        HOP_BY_HOP.forEach(headers::remove);
        String location = headers.get("Location");
        if (location != null) {
            headers.set("Location", throughGateway(location, context.request().proxiedRequest()));
        }
        return context.sendResponse();
    }

    /**
     * A {@code Location} naming the service's own address ({@code http://127.0.0.1:8081/api/v1/plans/…}) would let a
     * client that follows it bypass the gateway: it is rebuilt on the scheme and host the caller called the gateway by
     * (the routes keep the path, so the prefix is the same). Relative locations and other hosts are left alone.
     */
    static String throughGateway(String location, HttpServerRequest incoming) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getRawPath() == null || !uri.getRawPath().startsWith("/api/")) {
            return location;
        }
        if (incoming.authority() == null) {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return incoming.scheme() + "://" + incoming.authority() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static void removeNamedIn(String connection, MultiMap headers) {
        if (connection != null) {
            for (String name : connection.split(",")) {
                headers.remove(name.trim());
            }
        }
    }
}
