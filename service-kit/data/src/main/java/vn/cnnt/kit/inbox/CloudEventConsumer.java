package vn.cnnt.kit.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.cnnt.kit.persistence.TransientFailures;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.web.RequestIds;

/**
 * Applies a CloudEvent (Kafka binary mode) exactly once in effect: the inbox row and the effect commit in one
 * transaction, so a redelivery changes nothing.
 *
 * <p>Failures are classified the safe way round. Only a transient failure (database unreachable or restarting,
 * broken connection, lock or statement timeout, deadlock or serialization victim, a version race) is retried, with
 * an exponential back-off bounded by {@link InboxConfig} (SmallRye Fault Tolerance). Anything else (unreadable data,
 * a broken rule, a database constraint, a bug) is rethrown at once as a {@link PoisonEvent}, which the channel's
 * dead-letter strategy moves to {@code <topic>.dlq} with the cause, and the consumer goes on; so does a transient
 * failure that outlasts the retry budget. An event type this consumer does not know is skipped and counted: a
 * producer may ship a new type before its consumers. So is an event its handler says does not concern this service,
 * before any transaction.
 */
@ApplicationScoped
public class CloudEventConsumer {

    private static final Logger LOG = Logger.getLogger(CloudEventConsumer.class);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final Counter retries;
    private final Guard transientRetry;

    CloudEventConsumer(Inbox inbox, ObjectMapper json, MeterRegistry metrics, InboxConfig config) {
        this.inbox = inbox;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.metrics = metrics;
        this.retries = Counter.builder("cnnt.events.retries")
                .description("Attempts of an event's effect repeated after a transient failure")
                .register(metrics);
        this.transientRetry = Guard.create()
                .withRetry()
                .maxRetries(-1)
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(Math.max(1, config.retryDelay().toMillis() / 2), ChronoUnit.MILLIS)
                .maxDuration(config.retryMaxDuration().toMillis(), ChronoUnit.MILLIS)
                .whenException(TransientFailures::isRetryable)
                .beforeRetry((Throwable e) -> {
                    retries.increment();
                    LOG.warnf("Event not applied (%s); retrying", rootMessage(e));
                })
                .withExponentialBackoff()
                .factor(2)
                .maxDelay(config.retryMaxDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .done()
                .build();
    }

    public void consume(ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        try {
            String type = header(record, "ce_type");
            EventHandlers.Handler<?> handler = type == null ? null : handlers.handlerFor(type);
            if (type != null && handler == null) {
                count(record.topic(), type, "skipped");
                LOG.debugf(
                        "Skipping %s-%d@%d: event type %s is not consumed here",
                        record.topic(), record.partition(), record.offset(), type);
                return;
            }
            IncomingEvent<?> event = read(record, handler);
            if (!handler.concerns(event.data())) {
                count(record.topic(), type, "not-concerned");
                return;
            }
            boolean applied = apply(event, handler);
            count(record.topic(), event.type(), applied ? "applied" : "duplicate");
        } catch (PoisonEvent e) {
            metrics.counter("cnnt.dead.letters", "topic", record.topic(), "kind", e.kind())
                    .increment();
            LOG.warnf(
                    "Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private IncomingEvent<?> read(ConsumerRecord<String, byte[]> record, EventHandlers.Handler<?> handler) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        String source = header(record, "ce_source");
        if (id == null || type == null || source == null) {
            throw PoisonEvent.unreadable("not a CloudEvent in binary mode: ce_id, ce_type and ce_source are required");
        }
        if (record.value() == null) {
            throw PoisonEvent.unreadable("event " + id + " has no data");
        }
        Object data;
        try {
            data = json.readValue(record.value(), handler.dataType());
        } catch (IOException e) {
            throw PoisonEvent.unreadable("unreadable data of " + type + ": " + e.getMessage(), e);
        }
        String requestId = header(record, "ce_requestid");
        if (requestId != null) {
            MDC.put(RequestIds.MDC_KEY, requestId);
        }
        String time = header(record, "ce_time");
        String version = header(record, "ce_aggregateversion");
        try {
            return new IncomingEvent<>(
                    id,
                    source,
                    type,
                    header(record, "ce_subject"),
                    time == null ? null : Instant.parse(time),
                    version == null ? 0 : Long.parseLong(version),
                    requestId,
                    data);
        } catch (RuntimeException e) {
            throw PoisonEvent.unreadable("malformed ce_time or ce_aggregateversion of event " + id, e);
        }
    }

    /** True when applied, false for a duplicate; a {@link PoisonEvent} when it can never be applied. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean apply(IncomingEvent event, EventHandlers.Handler handler) {
        try {
            return transientRetry.call(
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        if (!inbox.firstDelivery(event.source(), event.id(), event.type())) {
                            return false;
                        }
                        handler.effect().accept(event);
                        return true;
                    }),
                    Boolean.class);
        } catch (PoisonEvent e) {
            throw e;
        } catch (ProblemException | ConstraintViolationException | IllegalArgumentException e) {
            throw PoisonEvent.rule("event " + event.id() + " breaks a rule: " + e.getMessage(), e);
        } catch (Exception e) {
            if (TransientFailures.isRetryable(e)) {
                throw PoisonEvent.transientExhausted(
                        "event " + event.id() + " still failed after the retry budget: " + rootMessage(e), e);
            }
            throw PoisonEvent.refused("event " + event.id() + " was refused: " + rootMessage(e), e);
        }
    }

    private void count(String topic, String type, String outcome) {
        metrics.counter("cnnt.events.consumed", "topic", topic, "type", type, "outcome", outcome)
                .increment();
    }

    /** The innermost cause's class and message: the database's own words, not the wrappers'. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
