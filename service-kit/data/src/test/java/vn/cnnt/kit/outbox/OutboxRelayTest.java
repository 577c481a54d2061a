package vn.cnnt.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void shouldPublishCommittedEventsInOrderPerAggregateAsCloudEvents() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        for (int version = 1; version <= 10; version++) {
            long v = version;
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.record("thing", a, v, "vn.cnnt.test.thing.changed.v1", Map.of("id", a, "version", v));
                outbox.record("thing", b, v, "vn.cnnt.test.thing.changed.v1", Map.of("id", b, "version", v));
            });
        }

        // Every row acknowledged by the broker: the topic holds them all now.
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(a) == 0 && pending(b) == 0);
        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.readPresent("kit.test.events.v1");
        List<String> versionsOfA = records.stream()
                .filter(r -> a.equals(r.key()))
                .map(r -> KafkaProbe.header(r, "ce_aggregateversion"))
                .toList();
        assertThat(versionsOfA).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        ConsumerRecord<String, byte[]> first =
                records.stream().filter(r -> b.equals(r.key())).findFirst().orElseThrow();
        assertThat(KafkaProbe.header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(first, "ce_type")).isEqualTo("vn.cnnt.test.thing.changed.v1");
        assertThat(KafkaProbe.header(first, "ce_source")).isEqualTo("/cnnt/kit-test");
        assertThat(KafkaProbe.header(first, "ce_subject")).isEqualTo("thing/" + b);
        assertThat(KafkaProbe.header(first, "ce_id")).isNotBlank();
        assertThat(KafkaProbe.header(first, "ce_time")).isNotBlank();
    }

    @Test
    void shouldRecordEachAcknowledgedRowAndKeepTheErrorOfARowKafkaRefuses() {
        String before = UUID.randomUUID().toString();
        String huge = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.record("thing", before, 1, "vn.cnnt.test.thing.changed.v1", Map.of("id", before));
            // Larger than the producer's max.request.size (1 MiB): Kafka refuses this record, and only this one.
            outbox.record(
                    "thing",
                    huge,
                    1,
                    "vn.cnnt.test.thing.changed.v1",
                    Map.of("id", huge, "blob", "x".repeat(1_100_000)));
            outbox.record("thing", after, 1, "vn.cnnt.test.thing.changed.v1", Map.of("id", after));
        });
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> attempts(huge) >= 1);
            assertThat(lastError(huge)).contains("RecordTooLarge");
            await().atMost(Duration.ofSeconds(10)).until(() -> pending(before) == 0 && pending(after) == 0);
            assertThat(pending(huge)).isEqualTo(1);
            List<ConsumerRecord<String, byte[]>> records = KafkaProbe.readPresent("kit.test.events.v1");
            assertThat(records.stream().filter(r -> before.equals(r.key()))).hasSize(1);
            assertThat(records.stream().filter(r -> after.equals(r.key()))).hasSize(1);
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("DELETE FROM kit_outbox WHERE aggregate_id = :id")
                            .setParameter("id", huge)
                            .executeUpdate());
        }
    }

    private int attempts(String aggregateId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT attempts FROM kit_outbox WHERE aggregate_id = :id")
                                .setParameter("id", aggregateId)
                                .getSingleResult())
                        .intValue());
    }

    private String lastError(String aggregateId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT last_error FROM kit_outbox WHERE aggregate_id = :id")
                        .setParameter("id", aggregateId)
                        .getSingleResult());
    }

    @Test
    void shouldNeverPublishTheEventOfARolledBackTransaction() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    outbox.record("thing", id, 1, "vn.cnnt.test.thing.changed.v1", Map.of("id", id));
                    throw new IllegalStateException("the business change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        Long rows = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM kit_outbox WHERE aggregate_id = :id")
                                .setParameter("id", id)
                                .getSingleResult())
                        .longValue());
        assertThat(rows).isZero();
    }

    @Test
    void shouldRefuseAnEventOutsideATransaction() {
        assertThatThrownBy(() -> outbox.record("thing", "x", 1, "vn.cnnt.test.thing.changed.v1", Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    private long pending(String aggregateId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM kit_outbox WHERE aggregate_id = :id AND published_at IS NULL")
                                .setParameter("id", aggregateId)
                                .getSingleResult())
                        .longValue());
    }
}
