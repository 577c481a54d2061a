package vn.cnnt.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.KafkaProbe;
import vn.cnnt.kit.testing.RealInfrastructure;

/** With tracing on (as in every test of the kit: see application.properties), the caller's trace continues through the outbox row into the event's headers. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class TraceContextTest {

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
        var published = KafkaProbe.readKey("kit.test.events.v1", id, 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        assertThat(KafkaProbe.header(published.getFirst(), "traceparent")).isEqualTo(stored);
    }
}
