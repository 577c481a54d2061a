package vn.cnnt.gateway.ratelimit;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Per-client rate limits on {@code /api/} ({@code gateway.rate-limit.*}). A client is the token's {@code client_id}
 * (else its subject); on public paths, the remote address. Each client has its own allowance per rule; a request
 * counts against the rule with the longest matching path prefix, else against the default.
 */
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a client may make per {@link #period()} on paths no route rule covers. */
    @WithDefault("1200")
    long requests();

    @WithDefault("1m")
    Duration period();

    /** Rules for chosen path prefixes, by name: {@code gateway.rate-limit.routes.<name>.path|requests|period}. */
    Map<String, Route> routes();

    interface Route {

        /** A path prefix, e.g. {@code /api/v1/funding/commitments}. */
        String path();

        long requests();

        @WithDefault("1m")
        Duration period();
    }
}
