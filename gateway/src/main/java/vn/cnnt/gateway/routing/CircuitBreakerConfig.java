package vn.cnnt.gateway.routing;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The circuit breaker of every service ({@code gateway.circuit-breaker.*}). Transport failures count (refused or
 * reset connections, timeouts); a service that answers, even with an error status, is up.
 */
public interface CircuitBreakerConfig {

    /** Failures within {@link #failureWindow()} that open the circuit. */
    @WithDefault("5")
    int failureThreshold();

    @WithDefault("10s")
    Duration failureWindow();

    /** How long an open circuit answers 503 without calling the service before it lets one trial request through. */
    @WithDefault("10s")
    Duration openDuration();
}
