package vn.cnnt.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "cnnt.outbox")
public interface OutboxConfig {

    /** The topic this service publishes to, e.g. {@code plans.events.v1}. */
    String topic();

    /** CloudEvents source of this service, e.g. {@code /cnnt/plans-service}. */
    String source();

    /** Whether this process runs the relay (off in tests that inspect the outbox table themselves). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Fallback poll when no in-process signal arrives (rows written by another replica, restarts). */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** Longest wait between attempts while Kafka is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long shutdown waits for the batch under way to be acknowledged and recorded. */
    @WithDefault("10s")
    Duration shutdownWait();
}
