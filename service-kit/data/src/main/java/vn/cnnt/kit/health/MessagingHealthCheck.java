package vn.cnnt.kit.health;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.HealthGroup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import vn.cnnt.kit.outbox.OutboxRelay;

/**
 * Kafka's state, in its own health group ({@code /q/health/group/messaging}) and never in readiness: an instance
 * whose broker is down or hung still serves its API and keeps its events in the outbox. DOWN when the broker does not
 * answer within {@code cnnt.health.kafka-timeout} (a stopped or a hung broker alike) or when the oldest unpublished
 * outbox row is older than {@code cnnt.health.outbox-max-age}. For dashboards and alerts, not for probes.
 */
@HealthGroup("messaging")
@ApplicationScoped
public class MessagingHealthCheck implements HealthCheck {

    private final Map<String, Object> kafkaConfig;
    private final OutboxRelay relay;
    private final Duration timeout;
    private final Duration outboxMaxAge;
    private Admin admin;

    MessagingHealthCheck(
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            OutboxRelay relay,
            @ConfigProperty(name = "cnnt.health.kafka-timeout", defaultValue = "2s") Duration timeout,
            @ConfigProperty(name = "cnnt.health.outbox-max-age", defaultValue = "5m") Duration outboxMaxAge) {
        this.kafkaConfig = kafkaConfig;
        this.relay = relay;
        this.timeout = timeout;
        this.outboxMaxAge = outboxMaxAge;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("kafka and outbox");
        boolean up = true;
        try {
            int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes()
                    .get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS)
                    .size();
            health.withData("brokers", brokers);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            up = false;
            health.withData(
                    "kafka", "no answer within " + timeout + ": " + e.getClass().getSimpleName());
        }
        double age = relay.oldestPendingAgeSeconds();
        health.withData("outboxBacklog", relay.backlog());
        health.withData("outboxOldestAgeSeconds", (long) age);
        if (age > outboxMaxAge.toSeconds()) {
            up = false;
        }
        return health.status(up).build();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> props = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (key.startsWith("bootstrap.")
                        || key.startsWith("security.")
                        || key.startsWith("sasl.")
                        || key.startsWith("ssl.")) {
                    props.put(key, value);
                }
            });
            props.put(
                    AdminClientConfig.CLIENT_ID_CONFIG,
                    "health-" + ProcessHandle.current().pid());
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
