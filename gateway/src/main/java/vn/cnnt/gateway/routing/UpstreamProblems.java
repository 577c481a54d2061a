package vn.cnnt.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cnnt.kit.problem.Problem;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.problem.Problems;

/** A service that cannot be reached answers with a 503 problem, never an empty 502 or a hang. */
final class UpstreamProblems implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamProblems.class);

    private final String service;

    UpstreamProblems(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            LOG.warnf("%s unreachable for %s: %s", service, context.request().getURI(), failure.getMessage());
            Problem problem = Problems.body(ProblemType.SERVICE_UNAVAILABLE,
                    "The " + service + " service is not answering; try again shortly", context.request().getURI(), List.of());
            return Future.succeededFuture(context.request().response()
                    .setStatusCode(503)
                    .putHeader("content-type", Problem.MEDIA_TYPE)
                    .putHeader("retry-after", "5")
                    .setBody(Body.body(Buffer.buffer(Json.encode(problem)))));
        });
    }
}
