package vn.cnnt.kit.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the kit's bookkeeping rows are kept; the job runs every {@code cnnt.retention.every} ({@code off} stops it). */
@ConfigMapping(prefix = "cnnt.retention")
public interface RetentionConfig {

    /** Published outbox rows (unpublished rows are never purged). */
    @WithDefault("7d")
    Duration outboxPublished();

    /** Inbox event ids: longer than the retention of every consumed topic (Kafka's default is 7 days). */
    @WithDefault("14d")
    Duration inbox();

    /** Idempotency-Key records: how long a client may retry a POST and get the first answer replayed. */
    @WithDefault("48h")
    Duration idempotency();

    /** Rows deleted per statement, so a first purge of a large table does not hold long locks. */
    @WithDefault("5000")
    int batchSize();
}
