package vn.cnnt.kit.inbox;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer as a service writes one: a projection that keeps the newest version of each thing. */
@ApplicationScoped
public class TestProjectionConsumer {

    public static final String TYPE = "vn.cnnt.test.thing.changed.v1";
    /** Of these, only the ones about a thing kept here concern this consumer. */
    public static final String ELSEWHERE_TYPE = "vn.cnnt.test.thing.moved.v1";

    public static final String ELSEWHERE = "elsewhere";

    public record ThingChanged(String id, long version, String value) {}

    private final CloudEventConsumer consumer;
    private final EntityManager em;
    private final EventHandlers handlers;

    TestProjectionConsumer(CloudEventConsumer consumer, EntityManager em) {
        this.consumer = consumer;
        this.em = em;
        this.handlers = new EventHandlers()
                .on(TYPE, ThingChanged.class, e -> apply(e.data()))
                .on(ELSEWHERE_TYPE, ThingChanged.class, t -> !ELSEWHERE.equals(t.value()), e -> apply(e.data()));
    }

    @Incoming("test-in")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers);
    }

    private void apply(ThingChanged thing) {
        if ("break-a-rule".equals(thing.value())) {
            throw new IllegalArgumentException("value may not be break-a-rule");
        }
        if ("null-pointer".equals(thing.value())) {
            throw new NullPointerException("a bug in the effect");
        }
        if ("wait-for-lock".equals(thing.value())) {
            em.createNativeQuery("SET LOCAL lock_timeout = '300ms'").executeUpdate();
        }
        em.createNativeQuery("""
                INSERT INTO test_projection (id, version, value) VALUES (:id, :v, :value)
                ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, value = EXCLUDED.value,
                    applied_count = test_projection.applied_count + 1
                WHERE test_projection.version < EXCLUDED.version
                """)
                .setParameter("id", thing.id())
                .setParameter("v", thing.version())
                .setParameter("value", thing.value())
                .executeUpdate();
    }
}
