package vn.cnnt.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.EventExamples;
import vn.cnnt.plans.progress.messaging.ProgressEventsConsumer;

/** This consumer's own record of funding events reads every commitment example funding-service publishes. */
class FundingEventContractTest {

    @Test
    void shouldReadEveryCommitmentEventExampleOfTheProducer() throws IOException {
        List<Path> examples =
                EventExamples.of("funding-service", "vn.cnnt.funding.commitment.", "vn.cnnt.funding.disbursement.");
        assertThat(examples).hasSize(4);
        for (Path example : examples) {
            var event = EventExamples.JSON.readValue(example.toFile(), ProgressEventsConsumer.FundingEvent.class);
            assertThat(event.commitmentId()).as(example.toString()).isNotNull();
            assertThat(event.source()).isNotNull();
            assertThat(event.status()).isNotNull();
            assertThat(event.version()).isPositive();
        }
    }
}
