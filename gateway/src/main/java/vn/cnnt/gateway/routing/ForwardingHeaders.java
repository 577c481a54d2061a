package vn.cnnt.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;

/**
 * Headers across the hop: the ones named in {@code Connection} and the standard hop-by-hop ones are dropped in both
 * directions (the proxy itself drops the standard ones from requests only); the service learns the caller's
 * address and scheme from {@code X-Forwarded-For} and {@code X-Forwarded-Proto}.
 */
final class ForwardingHeaders implements ProxyInterceptor {

    private static final List<String> HOP_BY_HOP = List.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "upgrade");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        removeNamedIn(incoming.getHeader("Connection"), headers);
        String forwardedFor = incoming.getHeader("X-Forwarded-For");
        String address = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().hostAddress();
        headers.set("X-Forwarded-For", forwardedFor == null ? address : forwardedFor + ", " + address);
        headers.set("X-Forwarded-Proto", incoming.scheme());
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        removeNamedIn(headers.get("Connection"), headers);
        HOP_BY_HOP.forEach(headers::remove);
        return context.sendResponse();
    }

    private static void removeNamedIn(String connection, MultiMap headers) {
        if (connection != null) {
            for (String name : connection.split(",")) {
                headers.remove(name.trim());
            }
        }
    }
}
