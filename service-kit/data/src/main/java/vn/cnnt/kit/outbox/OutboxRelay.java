package vn.cnnt.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import vn.cnnt.kit.persistence.SqlValues;

/**
 * Publishes outbox rows to Kafka in commit order, keyed by aggregate id, as CloudEvents in binary mode,
 * then marks them sent. At least once: a crash between Kafka's ack and the update republishes rows,
 * which consumers drop by event id. One replica relays at a time (a PostgreSQL advisory lock), so rows
 * of one aggregate never race each other across replicas.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x636e6e74_6f757462L; // "cnntoutb"

    private final EntityManager em;
    private final OutboxConfig config;
    private final OutboxSignal signal;
    private final Map<String, Object> kafkaConfig;
    private final Timer publishLatency;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPending = new AtomicLong();
    private volatile boolean running;
    private volatile boolean inBatch;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;

    OutboxRelay(
            EntityManager em,
            OutboxConfig config,
            OutboxSignal signal,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.signal = signal;
        this.kafkaConfig = kafkaConfig;
        this.publishLatency = Timer.builder("cnnt.outbox.publish")
                .description("Time from the business commit to Kafka's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        Gauge.builder("cnnt.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet published")
                .register(registry);
        Gauge.builder("cnnt.outbox.oldest.age.seconds", this, OutboxRelay::oldestPendingAgeSeconds)
                .description("Age of the oldest outbox row not yet published (0 when none): alert when it grows")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    /**
     * Graceful: the batch under way is finished and its progress recorded (up to {@code cnnt.outbox.shutdown-wait}),
     * then the producer is closed, which sends what it still holds.
     */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            signal.wake();
            if (!inBatch) {
                worker.interrupt(); // it is waiting or backing off, not publishing
            }
            try {
                worker.join(config.shutdownWait().toMillis());
                if (worker.isAlive()) {
                    worker.interrupt();
                    worker.join(1_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                signal.await(config.pollInterval());
                while (running && publishBatch() == config.batchSize()) {
                    // a full batch: there may be more right away
                }
                backoff = Duration.ofMillis(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay failed (%s); retrying in %s", e.getMessage(), backoff);
                if (!sleep(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    private record BatchResult(int sent, String failure) {}

    /**
     * Publishes up to one batch; returns how many rows it published. Progress is recorded per row and committed even
     * when some rows fail: every row Kafka acknowledged is marked published at its acknowledgement (so it is not sent
     * again), every row it did not gets {@code attempts + 1} and {@code last_error}, and the relay then backs off.
     */
    int publishBatch() {
        inBatch = true;
        try {
            BatchResult result = QuarkusTransaction.requiringNew().timeout(60).call(this::publishBatchInTransaction);
            if (result.failure() != null) {
                throw new IllegalStateException("Kafka did not acknowledge: " + result.failure());
            }
            return result.sent();
        } finally {
            inBatch = false;
        }
    }

    private BatchResult publishBatchInTransaction() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:k)")
                .setParameter("k", RELAY_LOCK)
                .getSingleResult();
        if (!locked) {
            return new BatchResult(0, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                SELECT position, event_id, topic, aggregate_type, aggregate_id, aggregate_version, event_type,
                       CAST(payload AS text), request_id, traceparent, occurred_at
                FROM kit_outbox WHERE published_at IS NULL ORDER BY position LIMIT :n FOR UPDATE SKIP LOCKED
                """).setParameter("n", config.batchSize()).getResultList();
        backlog.set(rows.size() < config.batchSize() ? rows.size() : countPending());
        oldestPending.set(
                rows.isEmpty() ? 0 : SqlValues.instant(rows.getFirst()[10]).toEpochMilli());
        if (rows.isEmpty()) {
            return new BatchResult(0, null);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            acks.add(producer().send(toRecord(row)));
        }
        producer().flush();
        List<Long> sent = new ArrayList<>();
        String failure = null;
        for (int i = 0; i < rows.size(); i++) {
            long position = ((Number) rows.get(i)[0]).longValue();
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                sent.add(position);
                publishLatency.record(Duration.between(SqlValues.instant(rows.get(i)[10]), Instant.now()));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                String error = e.getCause() == null ? String.valueOf(e) : String.valueOf(e.getCause());
                failure = failure == null ? error : failure;
                em.createNativeQuery(
                                "UPDATE kit_outbox SET attempts = attempts + 1, last_error = :e WHERE position = :p")
                        .setParameter("e", error)
                        .setParameter("p", position)
                        .executeUpdate();
            }
        }
        if (!sent.isEmpty()) {
            // clock_timestamp(): the time of the acknowledgements, not the start of this transaction (now()).
            em.createNativeQuery("UPDATE kit_outbox SET published_at = clock_timestamp() WHERE position = ANY(:p)")
                    .setParameter("p", sent.toArray(Long[]::new))
                    .executeUpdate();
        }
        backlog.addAndGet(-sent.size());
        if (failure == null && rows.size() < config.batchSize()) {
            oldestPending.set(0);
        }
        return new BatchResult(sent.size(), failure);
    }

    /** Seconds since the oldest unpublished row was written, as last seen by this relay; 0 when none. */
    public double oldestPendingAgeSeconds() {
        long oldest = oldestPending.get();
        return oldest == 0 ? 0 : Math.max(0, System.currentTimeMillis() - oldest) / 1000.0;
    }

    public long backlog() {
        return backlog.get();
    }

    private long countPending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM kit_outbox WHERE published_at IS NULL")
                        .getSingleResult())
                .longValue();
    }

    private ProducerRecord<String, byte[]> toRecord(Object[] row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", row[1].toString());
        header(headers, "ce_source", config.source());
        header(headers, "ce_type", (String) row[6]);
        header(headers, "ce_subject", row[3] + "/" + row[4]);
        header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(SqlValues.instant(row[10])));
        header(headers, "ce_aggregateversion", row[5].toString());
        header(headers, "content-type", "application/json");
        header(headers, "ce_requestid", (String) row[8]);
        header(headers, "traceparent", (String) row[9]);
        return new ProducerRecord<>(
                (String) row[2], null, (String) row[4], ((String) row[7]).getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            props.put(
                    ProducerConfig.CLIENT_ID_CONFIG,
                    "outbox-relay-" + config.source().replaceAll("[^A-Za-z0-9-]", ""));
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            props.keySet().removeIf(k -> k.startsWith("group.") || k.startsWith("auto.offset"));
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** False when interrupted (shutting down). */
    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
