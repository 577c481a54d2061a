package vn.cnnt.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.cnnt.gateway.edge.ProblemReplies;
import vn.cnnt.kit.problem.Problem;
import vn.cnnt.kit.web.RequestIds;

/**
 * Sends a routed request through its service's circuit breaker and turns a failure (refused, timed out, broken off,
 * circuit open) into a problem response: never a hang, an empty 502 or an HTML page.
 */
final class UpstreamGuard implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);

    private final Upstream upstream;

    UpstreamGuard(Upstream upstream) {
        this.upstream = upstream;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        // Read now: release() below empties the proxy request's headers, the request id with them.
        String requestId = incoming.getHeader(RequestIds.HEADER);
        String path = incoming.path();
        return upstream.guard(context::sendRequest, failure -> blamesService(incoming, failure))
                .recover(failure -> {
                    UpstreamFailure meaning = UpstreamFailure.of(upstream, failure);
                    LOG.warnf(
                            "%s %s: %s (%s)",
                            context.request().getMethod(),
                            context.request().getURI(),
                            meaning.detail(),
                            failure.toString());
                    ProxyResponse response = context.request()
                            .release()
                            .response()
                            .setStatusCode(meaning.type().status())
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .setBody(Body.body(ProblemReplies.body(meaning.type(), meaning.detail(), path, requestId)));
                    if (meaning.retryAfterSeconds() > 0) {
                        response.putHeader("Retry-After", Long.toString(meaning.retryAfterSeconds()));
                    }
                    return Future.succeededFuture(response);
                });
    }

    /**
     * Whether a failed exchange says something about the service, for its circuit breaker. A refused connection always
     * does; otherwise only when the caller had sent its whole request and, unless the service then stayed silent, was
     * still there: an aborted or trickling upload, or a caller that went away, is the caller's doing.
     */
    private static boolean blamesService(HttpServerRequest incoming, Throwable failure) {
        if (failure instanceof ConnectException) {
            return true;
        }
        return incoming.isEnded()
                && (failure instanceof TimeoutException || !incoming.response().closed());
    }
}
