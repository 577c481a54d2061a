package vn.cnnt.gateway.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import vn.cnnt.kit.problem.Problem;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.problem.Problems;

/** Problem responses written by the gateway's own Vert.x handlers, in the shape the services use. */
public final class ProblemReplies {

    private ProblemReplies() {}

    public static Buffer body(ProblemType type, String detail, String instance, String requestId) {
        return Json.encodeToBuffer(Problems.body(type, detail, instance, requestId, List.of()));
    }

    /** Ends the exchange with the problem; headers set on the response before stay. */
    public static void send(RoutingContext rc, ProblemType type, String detail) {
        rc.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(type, detail, rc.request().path(), RequestIdFilter.of(rc)));
    }
}
