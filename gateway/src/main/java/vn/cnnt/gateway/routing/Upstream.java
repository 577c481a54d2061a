package vn.cnnt.gateway.routing;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** One service behind the gateway: its pooled HTTP client, its timeouts and its circuit breaker. */
public final class Upstream {

    private final String name;
    private final String host;
    private final int port;
    private final UpstreamConfig config;
    private final Duration openDuration;
    private final HttpClient client;
    private final CircuitBreaker breaker;

    Upstream(Vertx vertx, String name, UpstreamConfig config, CircuitBreakerConfig breakerConfig) {
        URI url = URI.create(config.url());
        if (!"http".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalStateException(
                    "gateway.services." + name + ".url must be an http:// URL, not " + config.url());
        }
        this.name = name;
        this.host = url.getHost();
        this.port = url.getPort() == -1 ? 80 : url.getPort();
        this.config = config;
        this.openDuration = breakerConfig.openDuration();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.maxConnections())
                .setKeepAlive(true));
        this.breaker = CircuitBreaker.create(
                "upstream-" + name,
                vertx,
                new CircuitBreakerOptions()
                        .setMaxFailures(breakerConfig.failureThreshold())
                        .setFailuresRollingWindow(breakerConfig.failureWindow().toMillis())
                        .setResetTimeout(breakerConfig.openDuration().toMillis())
                        .setTimeout(-1) // the read timeout of each request already bounds a call
                        .setNotificationAddress(null));
    }

    public String name() {
        return name;
    }

    public Duration openDuration() {
        return openDuration;
    }

    public Duration readTimeout() {
        return config.readTimeout();
    }

    public CircuitBreakerState circuit() {
        return breaker.state();
    }

    HttpClient client() {
        return client;
    }

    /** A request to the service; {@code readTimeout} bounds each wait for its answer (headers, then every chunk). */
    public Future<HttpClientRequest> request(HttpMethod method, String uri, Duration readTimeout) {
        return client.request(new RequestOptions()
                .setMethod(method)
                .setHost(host)
                .setPort(port)
                .setURI(uri)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(readTimeout.toMillis()));
    }

    /**
     * Runs a call through the circuit breaker: failures of the call count towards opening it; while it is open, calls
     * fail at once with {@link io.vertx.circuitbreaker.OpenCircuitException}.
     */
    public <T> Future<T> guard(Supplier<Future<T>> call) {
        return guard(call, failure -> true);
    }

    /**
     * As {@link #guard(Supplier)}, but a failure {@code blamesService} clears counts for nothing: a caller that aborts
     * its own upload or goes away must not be able to open the circuit for everyone else.
     */
    <T> Future<T> guard(Supplier<Future<T>> call, Predicate<Throwable> blamesService) {
        return breaker.<Future<T>>execute(promise -> call.get().onComplete(result -> {
                    if (result.succeeded() || !blamesService.test(result.cause())) {
                        promise.complete(
                                result.succeeded()
                                        ? Future.succeededFuture(result.result())
                                        : Future.failedFuture(result.cause()));
                    } else {
                        promise.fail(result.cause());
                    }
                }))
                .compose(outcome -> outcome);
    }

    /** A GET answered with a JSON object, through the breaker; another status fails with {@link UpstreamAnswerException}. */
    public Future<JsonObject> getJson(String uri, MultiMap headers, Duration timeout) {
        return guard(() -> request(HttpMethod.GET, uri, timeout)
                        .compose(request -> {
                            request.headers().addAll(headers).set(HttpHeaders.ACCEPT, "application/json");
                            return request.send();
                        })
                        .compose(response -> Answer.read(name, response)))
                .map(answer -> {
                    if (answer.status() != 200) {
                        throw new UpstreamAnswerException(name, answer.status());
                    }
                    try {
                        return answer.body().toJsonObject();
                    } catch (DecodeException | ClassCastException e) {
                        throw new UpstreamAnswerException(
                                name, answer.status(), "answered something other than a JSON object");
                    }
                });
    }

    /** A GET that bypasses the breaker, for health probes that must see the service itself. */
    public Future<Integer> probe(String uri, Duration timeout) {
        return request(HttpMethod.GET, uri, timeout)
                .compose(HttpClientRequest::send)
                .compose(response -> Answer.read(name, response))
                .map(Answer::status);
    }

    /**
     * A whole answer. Its body is read as soon as the headers arrive: a response's data is not kept for a handler set
     * later (after the breaker hands the result over). A service that answers, whatever the status, is up.
     */
    private record Answer(int status, Buffer body) {

        /** More than any document or statistics a service returns: a larger answer is refused, not held in memory. */
        static final int MAX_BYTES = 16 * 1024 * 1024;

        static Future<Answer> read(String service, HttpClientResponse response) {
            Promise<Answer> answer = Promise.promise();
            Buffer body = Buffer.buffer();
            String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null
                    && (length.length() > 10
                            || !length.chars().allMatch(Character::isDigit)
                            || Long.parseLong(length) > MAX_BYTES)) {
                answer.fail(tooLarge(service, response));
                response.request().reset(); // closes the connection rather than reading the rest
                return answer.future();
            }
            response.exceptionHandler(answer::tryFail);
            response.handler(chunk -> {
                if (answer.future().isComplete()) {
                    return;
                }
                if (body.length() + chunk.length() > MAX_BYTES) {
                    answer.tryFail(tooLarge(service, response));
                    response.request().reset();
                } else {
                    body.appendBuffer(chunk);
                }
            });
            response.endHandler(v -> answer.tryComplete(new Answer(response.statusCode(), body)));
            return answer.future();
        }

        private static UpstreamAnswerException tooLarge(String service, HttpClientResponse response) {
            return new UpstreamAnswerException(
                    service, response.statusCode(), "answered more than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
    }
}
