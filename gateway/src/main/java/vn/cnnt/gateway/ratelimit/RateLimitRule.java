package vn.cnnt.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/** One allowance: {@code requests} per {@code period}, refilled gradually so a client is never locked out for a whole period. */
record RateLimitRule(String name, String pathPrefix, long requests, Duration period) {

    Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requests)
                        .refillGreedy(requests, period)
                        .build())
                .build();
    }

    /** The {@code RateLimit-Policy} value (IETF httpapi-ratelimit-headers). */
    String policy() {
        return requests + ";w=" + period.toSeconds();
    }

    boolean covers(String path) {
        return path.equals(pathPrefix) || path.startsWith(pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/");
    }
}
