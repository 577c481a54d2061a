package vn.cnnt.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.MultiMap;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.cnnt.gateway.GatewayConfig;
import vn.cnnt.gateway.edge.ClientIdentity;
import vn.cnnt.gateway.edge.Preflight;
import vn.cnnt.gateway.edge.ProblemReplies;
import vn.cnnt.kit.problem.ProblemType;

/**
 * Counts every {@code /api/} request against its client's Bucket4j bucket for the matching rule; an empty bucket
 * answers 429 with {@code Retry-After}. Every answer carries the {@code RateLimit-*} headers so clients can pace
 * themselves. Buckets of clients that went quiet are dropped.
 */
@Singleton
public class RateLimits {

    private final boolean enabled;
    private final RateLimitRule fallback;
    /** Longest prefix first, so the most specific rule wins. */
    private final List<RateLimitRule> routes;

    private final Cache<String, Bucket> buckets;

    RateLimits(GatewayConfig gateway) {
        RateLimitConfig config = gateway.rateLimit();
        this.enabled = config.enabled();
        this.fallback = new RateLimitRule("default", "/api", config.requests(), config.period());
        this.routes = config.routes().entrySet().stream()
                .map(e -> new RateLimitRule(
                        e.getKey(),
                        e.getValue().path(),
                        e.getValue().requests(),
                        e.getValue().period()))
                .sorted(Comparator.comparingInt(
                                (RateLimitRule r) -> r.pathPrefix().length())
                        .reversed())
                .toList();
        Duration longest = Stream.concat(routes.stream(), Stream.of(fallback))
                .map(RateLimitRule::period)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        // A bucket left alone for a whole period is full again: forgetting it changes nothing for its client.
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(longest)
                .maximumSize(200_000)
                .build();
    }

    /** After authentication (which names the client), before anything is forwarded. */
    @RouteFilter(1500)
    void limit(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!enabled || !path.startsWith("/api/") || Preflight.is(rc.request())) {
            rc.next();
            return;
        }
        ClientIdentity identity = ClientIdentity.of(rc);
        if (admit(rc, path, identity != null ? "client " + identity.clientId() : addressKey(rc))) {
            rc.next();
        }
    }

    /**
     * Counts a request the edge refuses before naming its client (bad or missing token) against the caller's address.
     * False when the address has no allowance left: the 429 has been sent.
     */
    public boolean admitAnonymous(RoutingContext rc) {
        return !enabled || admit(rc, rc.normalizedPath(), addressKey(rc));
    }

    private boolean admit(RoutingContext rc, String path, String client) {
        RateLimitRule rule =
                routes.stream().filter(r -> r.covers(path)).findFirst().orElse(fallback);
        ConsumptionProbe probe =
                buckets.get(rule.name() + " " + client, key -> rule.newBucket()).tryConsumeAndReturnRemaining(1);
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set("RateLimit-Policy", rule.policy());
            headers.set("RateLimit-Limit", Long.toString(rule.requests()));
            headers.set("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            headers.set("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        });
        if (!probe.isConsumed()) {
            long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
            rc.response().putHeader("Retry-After", Long.toString(retryAfter));
            ProblemReplies.send(
                    rc,
                    ProblemType.TOO_MANY_REQUESTS,
                    "More than " + rule.requests() + " requests in "
                            + rule.period().toSeconds() + " s; retry in " + retryAfter + " s");
            return false;
        }
        return true;
    }

    /**
     * The caller's address. An IPv6 client usually holds a whole /64 and could take a fresh bucket with every address
     * in it: its prefix is the key.
     */
    private static String addressKey(RoutingContext rc) {
        SocketAddress remote = rc.request().remoteAddress();
        return addressKey(remote == null ? null : remote.hostAddress());
    }

    static String addressKey(String host) {
        if (host == null) {
            return "address unknown";
        }
        if (host.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(host).getAddress();
                if (bytes.length == 16) {
                    return "address " + HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
            } catch (UnknownHostException e) {
                // a literal address is never looked up; keep it whole
            }
        }
        return "address " + host;
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999) / 1_000_000_000;
    }
}
