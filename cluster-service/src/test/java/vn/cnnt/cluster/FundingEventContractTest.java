package vn.cnnt.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.cluster.industrialcluster.messaging.FundingEventsConsumer;
import vn.cnnt.kit.testing.EventExamples;

/** This consumer's own record of funding's project events reads every example funding-service publishes. */
class FundingEventContractTest {

    @Test
    void shouldReadEveryProjectEventExampleOfTheProducer() throws IOException {
        List<Path> examples = EventExamples.of("funding-service", "vn.cnnt.funding.project.");
        assertThat(examples).hasSize(10);
        for (Path example : examples) {
            var event = EventExamples.JSON.readValue(example.toFile(), FundingEventsConsumer.ProjectEvent.class);
            assertThat(event.projectId()).as(example.toString()).isNotNull();
            assertThat(event.source()).isIn("NATIONAL", "LOCAL");
            assertThat(event.committedVnd()).isNotNegative();
            assertThat(event.version()).isNotNegative();
        }
    }
}
