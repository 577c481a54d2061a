package vn.cnnt.gateway.routing;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** One service behind the gateway ({@code gateway.services.<name>.*}). */
public interface UpstreamConfig {

    /** Base URL, e.g. {@code http://plans-service:8080}. */
    String url();

    /** Time to open a TCP connection to the service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest silence while waiting for the service's answer (headers or the next body chunk): then 504. */
    @WithDefault("30s")
    Duration readTimeout();

    /** Pooled keep-alive connections to the service (HTTP/1.1). */
    @WithDefault("128")
    int maxConnections();
}
