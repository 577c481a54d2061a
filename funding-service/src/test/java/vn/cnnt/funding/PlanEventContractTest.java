package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.messaging.PlanEventsConsumer;
import vn.cnnt.kit.testing.EventExamples;

/** This consumer (approved, amended, cancelled → the estimate)'s own record of plan events reads every example plans-service publishes. */
class PlanEventContractTest {

    @Test
    void shouldReadEveryPlanEventExampleOfTheProducer() throws IOException {
        List<Path> examples = EventExamples.of(
                "plans-service",
                "vn.cnnt.plans.plan.approved.",
                "vn.cnnt.plans.plan.amended.",
                "vn.cnnt.plans.plan.cancelled.");
        assertThat(examples).hasSize(3);
        for (Path example : examples) {
            var event = EventExamples.JSON.readValue(example.toFile(), PlanEventsConsumer.PlanEvent.class);
            assertThat(event.planId()).as(example.toString()).isNotNull();
            assertThat(event.provinceCode()).isNotNull();
            assertThat(event.currentProvinceCode()).isNotNull();
            assertThat(event.fundingLines()).isNotEmpty().allSatisfy(l -> {
                assertThat(l.source()).isNotNull();
                // a year, or a period: its own or the plan's (an estimate for the whole period)
                assertThat(l.year() != null
                                || (l.yearFrom() != null && l.yearTo() != null)
                                || (event.periodFrom() != null && event.periodTo() != null))
                        .isTrue();
            });
        }
    }
}
