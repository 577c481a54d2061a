package vn.cnnt.gateway.docs;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.function.UnaryOperator;
import vn.cnnt.gateway.edge.ProblemReplies;
import vn.cnnt.gateway.edge.RequestIdFilter;
import vn.cnnt.gateway.routing.Upstream;
import vn.cnnt.gateway.routing.UpstreamFailure;
import vn.cnnt.gateway.routing.Upstreams;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.web.RequestIds;

/**
 * Serves each service's OpenAPI document at {@code /docs/openapi/<service>} for the docs portal, with its server set to
 * the gateway: "Try it out" then goes through the gateway, with the gateway's authentication and limits, as any
 * integrator's call would. Beside it, the AsyncAPI document of the events a service publishes, as the service serves
 * it, at {@code /docs/asyncapi/<service>}.
 */
@Singleton
public class OpenApiDocuments {

    private static final JsonArray THROUGH_THE_GATEWAY =
            new JsonArray().add(new JsonObject().put("url", "/").put("description", "Through the gateway"));

    private final Upstreams upstreams;

    OpenApiDocuments(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    void install(@Observes Router router) {
        router.get("/docs/openapi/:service")
                .handler(rc -> serve(
                        rc, "/q/openapi?format=json", document -> document.put("servers", THROUGH_THE_GATEWAY.copy())));
        router.get("/docs/asyncapi/:service").handler(rc -> serve(rc, "/q/asyncapi?format=json", document -> document));
    }

    private void serve(RoutingContext rc, String uri, UnaryOperator<JsonObject> adapt) {
        Upstream upstream = upstreams.find(rc.pathParam("service")).orElse(null);
        if (upstream == null) {
            ProblemReplies.send(
                    rc,
                    ProblemType.NOT_FOUND,
                    "No service named '" + rc.pathParam("service") + "'; the services are "
                            + Upstreams.ROUTES.values());
            return;
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add(RequestIds.HEADER, RequestIdFilter.of(rc));
        upstream.getJson(uri, headers, upstream.readTimeout()).onComplete(result -> {
            if (result.succeeded()) {
                rc.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(adapt.apply(result.result()).toBuffer());
            } else {
                UpstreamFailure failure = UpstreamFailure.of(upstream, result.cause());
                ProblemReplies.send(rc, failure.type(), failure.detail());
            }
        });
    }
}
