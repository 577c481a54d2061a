package vn.cnnt.kit.web;

import io.netty.handler.codec.TooLongFrameException;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.json.Json;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.lang.reflect.Field;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cnnt.kit.problem.Problem;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.problem.Problems;

/**
 * Requests the HTTP codec refuses before any router exists (a request line it cannot parse, such as a malformed
 * percent-escape; a request line above {@code quarkus.http.limits.max-initial-line-length}; headers above
 * {@code max-header-size}) get a problem with a request id instead of Vert.x' empty 400, 414 or 431.
 *
 * <p>Vert.x offers {@code HttpServer.invalidRequestHandler} for exactly this, but Quarkus creates and starts the server
 * itself and exposes no hook to set it. Once the server has started, this installs the handler on it by reflection
 * (the connection handler of each HTTP server instance that Quarkus deployed). Should a Quarkus or Vert.x upgrade move
 * those internals, the installation logs a warning and Vert.x' empty answers come back (the build's tests notice).
 */
@Singleton
public class InvalidRequests {

    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);
    private static final ProblemType URI_TOO_LONG = new ProblemType("uri-too-long", 414, "Request URI too long");
    private static final ProblemType HEADERS_TOO_LARGE =
            new ProblemType("headers-too-large", 431, "Request header fields too large");

    static final Handler<HttpServerRequest> HANDLER = InvalidRequests::answer;

    /**
     * Quarkus fires this asynchronously once its first server instance listens; the other instances (one per event
     * loop) may listen a moment later, so the installation is repeated shortly after (it is idempotent).
     */
    void install(@ObservesAsync HttpServerStart started, Vertx vertx) {
        installNow(vertx);
        vertx.setTimer(500, id -> installNow(vertx));
        vertx.setTimer(3_000, id -> installNow(vertx));
    }

    static void installNow(Vertx vertx) {
        try {
            int installed = 0;
            VertxInternal internal = (VertxInternal) vertx;
            for (String id : vertx.deploymentIDs()) {
                Deployment deployment = internal.getDeployment(id);
                if (deployment == null) {
                    continue;
                }
                for (Verticle verticle : deployment.getVerticles()) {
                    if (!verticle.getClass().getName().endsWith("VertxHttpRecorder$WebDeploymentVerticle")) {
                        continue;
                    }
                    for (String server : List.of("httpServer", "httpsServer")) {
                        Object httpServer = read(verticle, server);
                        if (httpServer != null && install(httpServer)) {
                            installed++;
                        }
                    }
                }
            }
            LOG.debugf("Problem answers for invalid requests installed on %d HTTP server(s)", installed);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Invalid requests keep Vert.x' empty answers: %s", e.toString());
        }
    }

    private static boolean install(Object httpServer) throws ReflectiveOperationException {
        Object worker = read(httpServer, "childHandler");
        if (worker == null) {
            return false;
        }
        Object connections = read(worker, "connectionHandler");
        if (connections == null) {
            return false;
        }
        Field invalid = field(connections.getClass(), "invalidRequestHandler");
        invalid.setAccessible(true);
        invalid.set(connections, HANDLER);
        Field requests = field(connections.getClass(), "requestHandler");
        requests.setAccessible(true);
        Object handler = requests.get(connections);
        if (handler instanceof Handler<?> original && !(handler instanceof EscapeCheck)) {
            @SuppressWarnings("unchecked")
            Handler<HttpServerRequest> next = (Handler<HttpServerRequest>) original;
            requests.set(connections, new EscapeCheck(next));
        }
        return true;
    }

    /**
     * A path or query with a malformed percent-escape ({@code %zz}, a lone {@code %}) fails in Quarkus' outer router,
     * which answers an empty 400 before the application's router (and its error handlers) sees the request: it is
     * refused here first, as a problem.
     */
    record EscapeCheck(Handler<HttpServerRequest> next) implements Handler<HttpServerRequest> {

        @Override
        public void handle(HttpServerRequest request) {
            if (malformedEscape(request.uri())) {
                answer(
                        request,
                        ProblemType.MALFORMED_REQUEST,
                        "The request URI has a malformed percent-escape (a % not followed by two hex digits)");
                return;
            }
            next.handle(request);
        }
    }

    /** Whether {@code uri} has a {@code %} not followed by two hexadecimal digits. */
    static boolean malformedEscape(String uri) {
        if (uri == null) {
            return false;
        }
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length() || !isHex(uri.charAt(i + 1)) || !isHex(uri.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        Field field = field(target.getClass(), name);
        field.setAccessible(true);
        return field.get(target);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    static void answer(HttpServerRequest request) {
        ProblemType type = ProblemType.MALFORMED_REQUEST;
        String detail = "The request line or headers cannot be parsed";
        Throwable cause =
                request.decoderResult() == null ? null : request.decoderResult().cause();
        if (cause instanceof TooLongFrameException tooLong) {
            String message = String.valueOf(tooLong.getMessage());
            if (message.startsWith("An HTTP line is larger than")) {
                type = URI_TOO_LONG;
                detail = "The request line is longer than the server reads";
            } else if (message.startsWith("HTTP header is larger than")) {
                type = HEADERS_TOO_LARGE;
                detail = "The request headers are larger than the server reads";
            }
        }
        answer(request, type, detail);
    }

    static void answer(HttpServerRequest request, ProblemType type, String detail) {
        String requestId;
        try {
            requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        } catch (RuntimeException e) {
            requestId = RequestIds.accept(null);
        }
        String instance;
        try {
            String path = request.path();
            instance = path == null || path.length() > 200 || malformedEscape(path) ? "/" : path;
        } catch (RuntimeException e) {
            instance = "/";
        }
        request.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .putHeader(RequestIds.HEADER, requestId)
                .end(Json.encode(Problems.body(type, detail, instance, requestId, List.of())));
    }
}
