package vn.cnnt.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.asyncapi.ProducerMessages;
import vn.cnnt.plans.progress.messaging.ProgressEventsConsumer;

/**
 * This consumer's own record of certificate events fits every certificate message of ocop-service's AsyncAPI document:
 * schema and example.
 */
class OcopEventContractTest {

    @Test
    void shouldReadEveryCertificateEventExampleOfOcopService() throws IOException {
        List<ProgressEventsConsumer.CertificateEvent> events = ProducerMessages.read(
                "ocop-service", ProgressEventsConsumer.CertificateEvent.class, "vn.cnnt.ocop.certificate.");
        assertThat(events).hasSize(3);
        for (var event : events) {
            assertThat(event.productId()).isNotNull();
            assertThat(event.certificateId()).isNotNull();
            assertThat(event.provinceCode()).matches("\\d{2}");
            assertThat(event.stars()).isBetween(3, 5);
            assertThat(event.decisionDate()).isNotNull();
            assertThat(event.version()).isPositive();
            if (event.replaced() != null) {
                assertThat(event.replaced().certificateId()).isNotNull();
                assertThat(event.replaced().decisionDate()).isBefore(event.decisionDate());
            }
        }
    }
}
