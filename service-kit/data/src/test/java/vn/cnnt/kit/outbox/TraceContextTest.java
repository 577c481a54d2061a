package vn.cnnt.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.KafkaProbe;
import vn.cnnt.kit.testing.RealInfrastructure;

/** With tracing on, the caller's trace continues through the outbox row into the event's headers. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(TraceContextTest.TracingOn.class)
class TraceContextTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "1h");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void shouldCarryTheRequestsTraceIntoTheEvent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String id = UUID.randomUUID().toString();
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when()
                .post("/test/things/" + id)
                .then()
                .statusCode(204);

        String stored = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT traceparent FROM kit_outbox WHERE aggregate_id = :id")
                        .setParameter("id", id)
                        .getSingleResult());
        assertThat(stored).startsWith("00-" + traceId + "-");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> KafkaProbe.read("kit.test.events.v1", 10_000, Duration.ofSeconds(2)).stream()
                        .anyMatch(r -> id.equals(r.key()) && stored.equals(KafkaProbe.header(r, "traceparent"))));
    }
}
