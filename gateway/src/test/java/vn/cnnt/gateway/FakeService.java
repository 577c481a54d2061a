package vn.cnnt.gateway;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on 127.0.0.1 standing in for one service: by default it serves an OpenAPI document, a ready health
 * check and echoes every other request as JSON (method, path, query, headers, body). Tests swap the behaviour, stop
 * and start it again on the same port.
 */
public final class FakeService {

    private static final Vertx VERTX = Vertx.vertx();

    private final String name;
    private final int port;
    private final AtomicReference<Handler<HttpServerRequest>> behaviour = new AtomicReference<>();
    private final AtomicInteger received = new AtomicInteger();
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    private HttpServer server;

    FakeService(String name, int port) {
        this.name = name;
        this.port = port;
        reset();
    }

    public String name() {
        return name;
    }

    /** Answers every API request with this handler from now on (health and OpenAPI keep their defaults). */
    public void respond(Handler<HttpServerRequest> handler) {
        behaviour.set(handler);
    }

    /** Answers API requests with this JSON object. */
    public void respondJson(JsonObject body) {
        respond(request ->
                request.response().putHeader("Content-Type", "application/json").end(body.encode()));
    }

    /** Takes requests and never answers them. */
    public void hang() {
        respond(request -> {});
    }

    public void reset() {
        behaviour.set(this::echo);
    }

    /** Requests that reached this service (health probes included) since the last call. */
    public int takeReceived() {
        return received.getAndSet(0);
    }

    /** A header of the last request that reached this service, lower-case name. */
    public String lastHeader(String name) {
        return lastHeaders.get(name.toLowerCase());
    }

    public synchronized FakeService start() {
        if (server == null) {
            server = await(VERTX.createHttpServer(
                            new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                    .requestHandler(this::handle)
                    .listen());
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            await(server.close());
            server = null;
        }
    }

    private void handle(HttpServerRequest request) {
        received.incrementAndGet();
        lastHeaders.clear();
        request.headers().forEach(h -> lastHeaders.put(h.getKey().toLowerCase(), h.getValue()));
        if (request.path().equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\",\"checks\":[]}");
        } else if (request.path().equals("/q/openapi")) {
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(FakeOpenApi.of(name).encode());
        } else if (request.path().equals("/q/asyncapi")) {
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("asyncapi", "3.0.0")
                            .put("info", new JsonObject().put("title", name + " events"))
                            .encode());
        } else {
            behaviour.get().handle(request);
        }
    }

    private void echo(HttpServerRequest request) {
        request.body()
                .onSuccess(body -> request.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                        .end(new JsonObject()
                                .put("service", name)
                                .put("method", request.method().name())
                                .put("path", request.path())
                                .put("query", request.query())
                                .put("headers", headers(request.headers()))
                                .put("body", body.toString())
                                .put("items", new JsonArray())
                                .encode()));
    }

    private static JsonObject headers(MultiMap headers) {
        JsonObject json = new JsonObject();
        headers.forEach(h -> json.put(h.getKey().toLowerCase(), h.getValue()));
        return json;
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
