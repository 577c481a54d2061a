package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.messaging.PlanEventsConsumer;
import vn.cnnt.kit.testing.asyncapi.ProducerMessages;

/**
 * This consumer's own record of plan events (approved, amended, cancelled → the estimate) fits those messages of
 * plans-service's AsyncAPI document: schemas and examples.
 */
class PlanEventContractTest {

    @Test
    void shouldReadEveryPlanEventExampleOfTheProducer() throws IOException {
        List<PlanEventsConsumer.PlanEvent> events = ProducerMessages.read(
                "plans-service",
                PlanEventsConsumer.PlanEvent.class,
                "vn.cnnt.plans.plan.approved.",
                "vn.cnnt.plans.plan.amended.",
                "vn.cnnt.plans.plan.cancelled.");
        assertThat(events).hasSize(3);
        for (var event : events) {
            assertThat(event.planId()).isNotNull();
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
