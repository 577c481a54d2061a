package vn.cnnt.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    void shouldDeadLetterPoisonEventsWithTheirReasonAndGoOn() {
        String thing = UUID.randomUUID().toString();
        KafkaProbe.send(
                TOPIC,
                thing,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), TestProjectionConsumer.TYPE, 1),
                "{not json");
        KafkaProbe.send(
                TOPIC, thing, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.test.unknown.v9", 1), "{}");
        KafkaProbe.send(TOPIC, thing, Map.of("ce_type", TestProjectionConsumer.TYPE), data(thing, 1, "no id"));
        send(thing, 1, "break-a-rule");
        send(thing, 2, "good");

        await().atMost(Duration.ofSeconds(20)).until(() -> row(thing) != null && "good".equals(row(thing)[1]));
        List<ConsumerRecord<String, byte[]>> dead =
                KafkaProbe.read(TOPIC + ".dlq", 1000, Duration.ofSeconds(5)).stream()
                        .filter(r -> thing.equals(r.key()))
                        .toList();
        assertThat(dead).hasSize(4);
        assertThat(dead).allSatisfy(r -> {
            assertThat(KafkaProbe.header(r, "dead-letter-reason")).isNotBlank();
            assertThat(KafkaProbe.header(r, "dead-letter-topic")).isEqualTo(TOPIC);
        });
        assertThat(dead.stream().map(r -> KafkaProbe.header(r, "dead-letter-reason")))
                .anySatisfy(reason -> assertThat(reason).contains("unknown event type"))
                .anySatisfy(reason -> assertThat(reason).contains("breaks a rule"));
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
