package vn.cnnt.kit.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cnnt.kit.problem.Problem;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.problem.Problems;

/**
 * Problems for what fails before any resource runs, in the HTTP router rather than in JAX-RS: a path that cannot be
 * decoded (a malformed percent-escape), no route for the path, a request line over {@code cnnt.http.max-uri-length}
 * (414), a chunked body over {@code quarkus.http.limits.max-body-size} (413). Every one is answered as problem+json
 * with the request id, never with an empty body or an HTML page.
 *
 * <p>The HTTP codec refuses a request line above {@code quarkus.http.limits.max-initial-line-length} (set well above
 * our own limit) and headers above {@code max-header-size} before the router exists; Quarkus offers no hook for those
 * (Vert.x's {@code HttpServer.invalidRequestHandler} is not reachable), so they keep Vert.x' empty 414 and 431.
 */
@Singleton
public class EdgeProblems {

    private static final Logger LOG = Logger.getLogger(EdgeProblems.class);

    private final int maxUriLength;
    private final BodyHandler chunkedBodies;

    EdgeProblems(
            @ConfigProperty(name = "cnnt.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "2M") MemorySize maxBody,
            @ConfigProperty(name = "cnnt.http.buffer-chunked-bodies", defaultValue = "true") boolean bufferChunked) {
        this.maxUriLength = maxUriLength;
        this.chunkedBodies = bufferChunked
                ? BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()).setDeleteUploadedFilesOnEnd(true)
                : null;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLine).failureHandler(this::failure);
        for (int status = 400; status < 600; status++) {
            router.errorHandler(status, this::failure);
        }
    }

    private void checkLine(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > maxUriLength) {
            send(
                    rc,
                    new ProblemType("uri-too-long", 414, "Request URI too long"),
                    "The request line has " + request.uri().length() + " characters in its URI; the limit is "
                            + maxUriLength);
            return;
        }
        // A chunked body announces no size: REST would stop reading it at the limit and answer an empty 413 itself.
        // Read here instead (REST then takes the buffered body), so that the limit fails the route with a problem.
        if (chunkedBodies != null
                && request.getHeader("Content-Length") == null
                && request.getHeader("Transfer-Encoding") != null
                && (request.method() == HttpMethod.POST
                        || request.method() == HttpMethod.PUT
                        || request.method() == HttpMethod.PATCH)) {
            chunkedBodies.handle(rc);
            return;
        }
        rc.next();
    }

    private void failure(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        Throwable failure = rc.failure();
        int status = rc.statusCode();
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationException) {
            response.putHeader("WWW-Authenticate", Problems.BEARER_CHALLENGE);
            send(rc, ProblemType.UNAUTHENTICATED, "A valid bearer token is required");
            return;
        }
        if (failure instanceof ForbiddenException) {
            send(rc, ProblemType.FORBIDDEN, "Your role does not allow this operation");
            return;
        }
        if (status < 400) {
            status = 500;
        }
        ProblemType type = typeOf(status);
        if (status >= 500) {
            LOG.error("Unexpected failure on " + rc.request().method() + " " + safePath(rc), failure);
        }
        String detail = switch (status) {
            case 400 -> "The request cannot be read (its path or query has a malformed escape, or its framing is bad)";
            case 404 -> "No resource at " + safePath(rc);
            case 405 -> "Method " + rc.request().method() + " is not allowed at " + safePath(rc);
            case 413 -> "The body is larger than the limit";
            default ->
                type.status() >= 500 ? "An unexpected error occurred; quote the request id to support" : type.title();
        };
        if (status == 413) {
            response.putHeader("Connection", "close");
        }
        send(rc, type.status() == status ? type : new ProblemType(type.slug(), status, type.title()), detail);
    }

    private static ProblemType typeOf(int status) {
        return switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> new ProblemType("uri-too-long", 414, "Request URI too long");
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemType.TOO_MANY_REQUESTS;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        };
    }

    /** The path as received, for the problem's instance: the raw one when it cannot be decoded. */
    private static String safePath(RoutingContext rc) {
        String path;
        try {
            path = rc.request().path();
        } catch (RuntimeException e) {
            path = null;
        }
        if (path == null) {
            return "/";
        }
        return path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }

    private static void send(RoutingContext rc, ProblemType type, String detail) {
        String requestId = requestId(rc);
        HttpServerResponse response = rc.response();
        response.setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(Json.encode(Problems.body(type, detail, safePath(rc), requestId, List.of())));
    }

    private static String requestId(RoutingContext rc) {
        String answered = rc.response().headers().get(RequestIds.HEADER);
        if (answered != null) {
            return answered;
        }
        String id = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
        rc.request().headers().set(RequestIds.HEADER, id);
        return id;
    }
}
