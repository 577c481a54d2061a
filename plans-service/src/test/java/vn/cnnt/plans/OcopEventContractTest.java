package vn.cnnt.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.EventExamples;
import vn.cnnt.plans.progress.messaging.ProgressEventsConsumer;

/** This consumer's own record of certificate events reads every certificate example ocop-service publishes. */
class OcopEventContractTest {

    @Test
    void shouldReadEveryCertificateEventExampleOfOcopService() throws IOException {
        List<Path> examples = EventExamples.of("ocop-service", "vn.cnnt.ocop.certificate.");
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            var event = EventExamples.JSON.readValue(example.toFile(), ProgressEventsConsumer.CertificateEvent.class);
            assertThat(event.productId()).as(example.toString()).isNotNull();
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
