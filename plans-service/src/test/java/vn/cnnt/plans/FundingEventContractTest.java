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

/** This consumer's own record of funding events reads every commitment example funding-service publishes. */
class FundingEventContractTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldReadEveryCommitmentEventExampleOfTheProducer() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("../funding-service/src/main/resources/META-INF/events"))) {
            examples = files.filter(p -> p.getFileName().toString().matches("vn\\.cnnt\\.funding\\.(commitment|disbursement)\\..*\\.example\\.json"))
                    .toList();
        }
        assertThat(examples).hasSize(4);
        for (Path example : examples) {
            ProgressEventsConsumer.FundingEvent event = json.readValue(example.toFile(), ProgressEventsConsumer.FundingEvent.class);
            assertThat(event.commitmentId()).as(example.toString()).isNotNull();
            assertThat(event.source()).isNotNull();
            assertThat(event.status()).isNotNull();
            assertThat(event.version()).isPositive();
        }
    }
}
