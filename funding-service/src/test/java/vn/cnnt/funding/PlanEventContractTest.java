package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.messaging.PlanEventsConsumer;

/** This consumer's own record of plan events reads every example plans-service publishes. */
class PlanEventContractTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldReadEveryPlanEventExampleOfTheProducer() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("../plans-service/src/main/resources/META-INF/events"))) {
            examples = files.filter(p -> p.toString().endsWith(".example.json")).toList();
        }
        assertThat(examples).hasSize(4);
        for (Path example : examples) {
            PlanEventsConsumer.PlanEvent event = json.readValue(example.toFile(), PlanEventsConsumer.PlanEvent.class);
            assertThat(event.planId()).as(example.toString()).isNotNull();
            assertThat(event.provinceCode()).isNotNull();
            assertThat(event.currentProvinceCode()).isNotNull();
            assertThat(event.fundingLines()).isNotEmpty().allSatisfy(l -> assertThat(l.source()).isNotNull());
        }
    }
}
