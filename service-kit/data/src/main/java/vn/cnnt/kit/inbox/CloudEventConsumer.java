package vn.cnnt.kit.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.web.RequestIds;

/**
 * Applies a CloudEvent (Kafka binary mode) exactly once in effect: the inbox row and the effect commit in
 * one transaction, so a redelivery changes nothing. Poison events are rethrown as {@link PoisonEvent} so
 * the channel's dead-letter strategy moves them to {@code <topic>.dlq} with the reason; transient failures
 * (the database is down) are retried here with back-off and never dead-lettered.
 */
@ApplicationScoped
public class CloudEventConsumer {

    private static final Logger LOG = Logger.getLogger(CloudEventConsumer.class);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    CloudEventConsumer(Inbox inbox, ObjectMapper json, MeterRegistry metrics) {
        this.inbox = inbox;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.metrics = metrics;
    }

    public void consume(ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        try {
            IncomingEvent<?> event = read(record, handlers);
            applyWithRetry(record.topic(), event, handlers.handlerFor(event.type()));
        } catch (PoisonEvent e) {
            metrics.counter("cnnt.dead.letters", "topic", record.topic()).increment();
            LOG.warnf(
                    "Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private IncomingEvent<?> read(ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        String source = header(record, "ce_source");
        if (id == null || type == null || source == null) {
            throw new PoisonEvent("not a CloudEvent in binary mode: ce_id, ce_type and ce_source are required");
        }
        EventHandlers.Handler<?> handler = handlers.handlerFor(type);
        if (handler == null) {
            throw new PoisonEvent("unknown event type " + type);
        }
        if (record.value() == null) {
            throw new PoisonEvent("event " + id + " has no data");
        }
        Object data;
        try {
            data = json.readValue(record.value(), handler.dataType());
        } catch (IOException e) {
            throw new PoisonEvent("unreadable data of " + type + ": " + e.getMessage(), e);
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
            throw new PoisonEvent("malformed ce_time or ce_aggregateversion of event " + id, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void applyWithRetry(String topic, IncomingEvent event, EventHandlers.Handler handler) {
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(event.source(), event.id(), event.type())) {
                        return false;
                    }
                    handler.effect().accept(event);
                    return true;
                });
                metrics.counter(
                                "cnnt.events.consumed",
                                "topic",
                                topic,
                                "type",
                                event.type(),
                                "outcome",
                                applied ? "applied" : "duplicate")
                        .increment();
                return;
            } catch (PoisonEvent e) {
                throw e;
            } catch (ProblemException | ConstraintViolationException | IllegalArgumentException e) {
                throw new PoisonEvent("event " + event.id() + " breaks a rule: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                LOG.warnf("Event %s not applied (%s); retrying in %s", event.id(), e.getMessage(), backoff);
                sleep(backoff);
                backoff = backoff.compareTo(Duration.ofSeconds(15)) >= 0
                        ? Duration.ofSeconds(30)
                        : backoff.multipliedBy(2);
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
