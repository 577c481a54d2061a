package vn.cnnt.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.tokens.JwtMinter;

/**
 * The gateway under test: it trusts the test token minter (no database or broker: the gateway has none) and routes to
 * four stand-in services on free ports of 127.0.0.1, with timeouts of a few seconds and a quick circuit breaker so
 * failures show fast. Ports travel in system properties: Quarkus may load test classes and this resource in different class loaders.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("plans", "funding", "ocop", "cluster");
    /** Gets its own small allowance in the rate-limit tests. */
    public static final String LIMITED_PATH = "/api/v1/clusters/limited";

    public static final int LIMITED_REQUESTS = 3;
    public static final int MAX_BODY_BYTES = 4096;
    public static final int FAILURE_THRESHOLD = 3;
    /** An open circuit stays open this long: longer than a crowded machine takes between two requests of a test. */
    public static final int OPEN_SECONDS = 5;

    public static final String ALLOWED_ORIGIN = "https://portal.example.gov.vn";
    /**
     * How long the gateway waits for a stand-in's answer: what a test of a hung service waits, and long enough that a
     * stand-in answering at once is never "too slow" on a crowded machine (at 1 s it was, under a load of 30).
     */
    static final String ANSWER_TIMEOUT = "5s";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        SERVICES.forEach(name -> {
            System.setProperty(property(name), Integer.toString(freePort()));
            config.put("gateway.services." + name + ".url", "http://127.0.0.1:" + port(name));
            config.put("gateway.services." + name + ".read-timeout", ANSWER_TIMEOUT);
        });
        config.put("gateway.circuit-breaker.failure-threshold", Integer.toString(FAILURE_THRESHOLD));
        config.put("gateway.circuit-breaker.open-duration", OPEN_SECONDS + "s");
        config.put("gateway.overview.timeout", ANSWER_TIMEOUT);
        config.put("gateway.rate-limit.routes.limited.path", LIMITED_PATH);
        config.put("gateway.rate-limit.routes.limited.requests", Integer.toString(LIMITED_REQUESTS));
        config.put("gateway.rate-limit.routes.limited.period", "1h");
        config.put("cnnt.http.max-body-bytes", Integer.toString(MAX_BODY_BYTES));
        config.put("quarkus.http.cors.origins", ALLOWED_ORIGIN);
        // Tracing on in every test (spans never exported: one batch an hour), so that TracingTest shares the one
        // application start of the module instead of restarting it with a profile of its own.
        config.put("quarkus.otel.sdk.disabled", "false");
        config.put("quarkus.otel.bsp.schedule.delay", "1h");
        config.put("mp.jwt.verify.publickey", RealInfrastructure.minter().publicKeyPem());
        config.put("mp.jwt.verify.issuer", JwtMinter.ISSUER);
        config.put("mp.jwt.verify.audiences", JwtMinter.AUDIENCE);
        return config;
    }

    @Override
    public void stop() {
        // The stand-in services live as long as the test JVM.
    }

    static int port(String service) {
        return Integer.parseInt(System.getProperty(property(service)));
    }

    private static String property(String service) {
        return "cnnt.test.gateway." + service + ".port";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
