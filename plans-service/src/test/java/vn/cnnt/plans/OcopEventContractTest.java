package vn.cnnt.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cnnt.plans.progress.messaging.ProgressEventsConsumer;

/** This consumer's own record of certificate events reads every certificate example ocop-service publishes. */
class OcopEventContractTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldReadEveryCertificateEventExampleOfOcopService() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("../ocop-service/src/main/resources/META-INF/events"))) {
            examples = files.filter(p -> p.getFileName().toString().startsWith("vn.cnnt.ocop.certificate."))
                    .filter(p -> p.toString().endsWith(".example.json")).toList();
        }
        assertThat(examples).hasSize(3);
        for (Path example : examples) {
            var event = json.readValue(example.toFile(), ProgressEventsConsumer.CertificateEvent.class);
            assertThat(event.productId()).as(example.toString()).isNotNull();
            assertThat(event.currentProvinceCode()).matches("\\d{2}");
            assertThat(event.stars()).isBetween(3, 5);
            assertThat(event.decisionDate()).isNotNull();
            assertThat(event.version()).isPositive();
        }
    }
}
