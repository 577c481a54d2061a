package vn.cnnt.kit.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long a consumer keeps retrying an event whose effect failed for a transient reason (database unreachable or
 * restarting, lock or statement timeout, deadlock): exponential back-off from {@code retryDelay} up to
 * {@code retryMaxDelay}, for at most {@code retryMaxDuration}; then the event is dead-lettered with the cause. Keep
 * the budget well under the connector's {@code throttled.unprocessed-record-max-age.ms}.
 */
@ConfigMapping(prefix = "cnnt.inbox")
public interface InboxConfig {

    @WithDefault("200ms")
    Duration retryDelay();

    @WithDefault("5s")
    Duration retryMaxDelay();

    @WithDefault("60s")
    Duration retryMaxDuration();
}
