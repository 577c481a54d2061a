package vn.cnnt.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.KafkaProbe;
import vn.cnnt.kit.testing.RealInfrastructure;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CloudEventConsumerTest {

    private static final String TOPIC = "kit.test.in.v1";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Test
    void shouldApplyARedeliveredEventOnce() {
        String thing = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            KafkaProbe.send(
                    TOPIC,
                    thing,
                    KafkaProbe.cloudEvent(eventId, TestProjectionConsumer.TYPE, 1),
                    data(thing, 1, "first"));
        }
        send(thing, 2, "second");

        await().atMost(Duration.ofSeconds(20)).until(() -> row(thing) != null && "second".equals(row(thing)[1]));
        assertThat(((Number) row(thing)[2]).intValue())
                .as("applications: v1 once, then v2")
                .isEqualTo(2);
    }

    @Test
    void shouldIgnoreAnEventOlderThanTheProjection() {
        String thing = UUID.randomUUID().toString();
        send(thing, 3, "newest");
        send(thing, 2, "stale");
        send(thing, 4, "after");

        await().atMost(Duration.ofSeconds(20)).until(() -> row(thing) != null && "after".equals(row(thing)[1]));
        assertThat(((Number) row(thing)[0]).longValue()).isEqualTo(4);
        assertThat(((Number) row(thing)[2]).intValue())
                .as("the stale v2 changed nothing")
                .isEqualTo(2);
    }

    @Test
    void shouldDeadLetterEachKindOfPoisonEventWithItsCauseAtOnceAndGoOn() {
        String thing = UUID.randomUUID().toString();
        KafkaProbe.send(
                TOPIC,
                thing,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), TestProjectionConsumer.TYPE, 1),
                "{not json");
        KafkaProbe.send(TOPIC, thing, Map.of("ce_type", TestProjectionConsumer.TYPE), data(thing, 1, "no id"));
        send(thing, 1, "break-a-rule");
        send(thing, 1, "database-refuses");
        send(thing, 1, "null-pointer");
        send(thing, 2, "good");

        // Each refused event is dead-lettered at once: none is retried until a budget runs out.
        await().atMost(Duration.ofSeconds(15)).until(() -> row(thing) != null && "good".equals(row(thing)[1]));
        List<ConsumerRecord<String, byte[]>> dead =
                KafkaProbe.readKey(TOPIC + ".dlq", thing, 5, Duration.ofSeconds(30));
        assertThat(dead).hasSize(5);
        assertThat(dead).allSatisfy(r -> {
            assertThat(KafkaProbe.header(r, "dead-letter-reason")).isNotBlank();
            assertThat(KafkaProbe.header(r, "dead-letter-topic")).isEqualTo(TOPIC);
        });
        assertThat(dead.stream().map(r -> KafkaProbe.header(r, "dead-letter-reason")))
                .anySatisfy(reason -> assertThat(reason).contains("unreadable data"))
                .anySatisfy(reason -> assertThat(reason).contains("breaks a rule"))
                .anySatisfy(
                        reason -> assertThat(reason).contains("was refused").contains("test_projection_value_allowed"))
                .anySatisfy(reason -> assertThat(reason).contains("NullPointerException"));
        assertThat(((Number) row(thing)[2]).intValue()).isEqualTo(1);
    }

    @Test
    void shouldSkipAndCountAnUnknownEventTypeWithoutDeadLetteringIt() {
        String thing = UUID.randomUUID().toString();
        String type = "vn.cnnt.test.unknown." + thing.substring(0, 8) + ".v9";
        KafkaProbe.send(TOPIC, thing, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), type, 1), "{}");
        send(thing, 1, "after-unknown");

        await().atMost(Duration.ofSeconds(15)).until(() -> row(thing) != null && "after-unknown".equals(row(thing)[1]));
        assertThat(metrics.find("cnnt.events.consumed")
                        .tags("type", type, "outcome", "skipped")
                        .counter())
                .isNotNull()
                .satisfies(c -> assertThat(c.count()).isEqualTo(1.0));
        assertThat(deadLettered(thing)).isEmpty();
    }

    @Test
    void shouldPassByAnEventThatDoesNotConcernTheConsumerWithoutATransactionOrAnInboxRow() {
        String thing = UUID.randomUUID().toString();
        String elsewhere = UUID.randomUUID().toString();
        String here = UUID.randomUUID().toString();
        KafkaProbe.send(
                TOPIC,
                thing,
                KafkaProbe.cloudEvent(elsewhere, TestProjectionConsumer.ELSEWHERE_TYPE, 1),
                data(thing, 1, TestProjectionConsumer.ELSEWHERE));
        KafkaProbe.send(
                TOPIC,
                thing,
                KafkaProbe.cloudEvent(here, TestProjectionConsumer.ELSEWHERE_TYPE, 2),
                data(thing, 2, "here"));

        await().atMost(Duration.ofSeconds(15)).until(() -> row(thing) != null);
        assertThat(row(thing)[1]).isEqualTo("here");
        assertThat(((Number) row(thing)[2]).intValue())
                .as("applied once: only the event about it")
                .isEqualTo(1);
        assertThat(inboxRows(elsewhere)).isZero();
        assertThat(inboxRows(here)).isEqualTo(1);
        assertThat(metrics.find("cnnt.events.consumed")
                        .tags("type", TestProjectionConsumer.ELSEWHERE_TYPE, "outcome", "not-concerned")
                        .counter())
                .isNotNull()
                .satisfies(c -> assertThat(c.count()).isGreaterThanOrEqualTo(1.0));
        assertThat(deadLettered(thing)).isEmpty();
    }

    @Test
    void shouldRetryALockTimeoutUntilTheLockIsFreeAndApplyTheEventOnce() throws Exception {
        String thing = UUID.randomUUID().toString();
        send(thing, 1, "first");
        await().atMost(Duration.ofSeconds(15)).until(() -> row(thing) != null);
        double retriesBefore = retries();

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("SELECT 1 FROM test_projection WHERE id = ? FOR UPDATE")) {
                lock.setString(1, thing);
                lock.executeQuery();
            }
            send(thing, 2, "wait-for-lock");
            // The effect times out on the lock (SQLSTATE 55P03) at least twice while it is held.
            await().atMost(Duration.ofSeconds(20)).until(() -> retries() >= retriesBefore + 2);
            assertThat(row(thing)[1]).isEqualTo("first");
            holder.rollback();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> "wait-for-lock".equals(row(thing)[1]));
        assertThat(((Number) row(thing)[2]).intValue()).isEqualTo(2);
        assertThat(deadLettered(thing)).isEmpty();
    }

    /** What the dead-letter topic holds for {@code thing} now: called once a later event of it was applied. */
    private static List<ConsumerRecord<String, byte[]>> deadLettered(String thing) {
        return KafkaProbe.readPresent(TOPIC + ".dlq").stream()
                .filter(r -> thing.equals(r.key()))
                .toList();
    }

    private double retries() {
        var counter = metrics.find("cnnt.events.retries").counter();
        return counter == null ? 0 : counter.count();
    }

    private void send(String thing, long version, String value) {
        KafkaProbe.send(
                TOPIC,
                thing,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), TestProjectionConsumer.TYPE, version),
                data(thing, version, value));
    }

    private static String data(String thing, long version, String value) {
        return "{\"id\":\"" + thing + "\",\"version\":" + version + ",\"value\":\"" + value
                + "\",\"extra\":\"ignored\"}";
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM kit_inbox WHERE event_id = :id")
                                .setParameter("id", eventId)
                                .getSingleResult())
                        .longValue());
    }

    private Object[] row(String thing) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT version, value, applied_count FROM test_projection WHERE id = :id")
                    .setParameter("id", thing)
                    .getResultList();
            return rows.isEmpty() ? null : rows.getFirst();
        });
    }
}
