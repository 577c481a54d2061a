package vn.cnnt.kit.web;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cnnt.kit.problem.Problem;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.problem.Problems;

/**
 * Refuses a body above the configured size with a 413 problem before it is read; the HTTP server's
 * own limit (quarkus.http.limits.max-body-size) stays as the backstop for chunked bodies.
 */
@jakarta.inject.Singleton
public class BodyLimit {

    private final long maxBytes;

    BodyLimit(@ConfigProperty(name = "cnnt.http.max-body-bytes", defaultValue = "1048576") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @RouteFilter(1000)
    void check(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null
                && length.chars().allMatch(Character::isDigit)
                && !length.isEmpty()
                && Long.parseLong(length) > maxBytes) {
            // This runs before REST assigns the request id: take it here, so the problem carries it.
            String requestId = rc.response().headers().get(RequestIds.HEADER);
            if (requestId == null) {
                requestId = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
            }
            Problem body = Problems.body(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The body has " + length + " bytes; the limit is " + maxBytes,
                    rc.request().path(),
                    requestId,
                    List.of());
            rc.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader(RequestIds.HEADER, requestId)
                    .putHeader("Connection", "close")
                    .end(Json.encode(body));
            return;
        }
        rc.next();
    }
}
