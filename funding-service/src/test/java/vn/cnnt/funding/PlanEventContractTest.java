package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.messaging.PlanEventsConsumer;
import vn.cnnt.kit.testing.EventExamples;

/** This consumer's own record of plan events reads every example plans-service publishes. */
class PlanEventContractTest {

    @Test
    void shouldReadEveryPlanEventExampleOfTheProducer() throws IOException {
        List<Path> examples = EventExamples.of("plans-service");
        assertThat(examples).hasSize(4);
        for (Path example : examples) {
            var event = EventExamples.JSON.readValue(example.toFile(), PlanEventsConsumer.PlanEvent.class);
            assertThat(event.planId()).as(example.toString()).isNotNull();
            assertThat(event.provinceCode()).isNotNull();
            assertThat(event.currentProvinceCode()).isNotNull();
            assertThat(event.fundingLines())
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l.source()).isNotNull());
        }
    }
}
