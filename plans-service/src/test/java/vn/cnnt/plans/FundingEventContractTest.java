package vn.cnnt.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.asyncapi.ProducerMessages;
import vn.cnnt.plans.progress.messaging.ProgressEventsConsumer;

/**
 * This consumer's own records of funding events fit every allocation and project message of funding-service's AsyncAPI
 * document: schemas and examples.
 */
class FundingEventContractTest {

    @Test
    void shouldReadEveryProjectEventExampleOfTheProducer() throws IOException {
        List<ProgressEventsConsumer.ProjectEvent> events = ProducerMessages.read(
                "funding-service", ProgressEventsConsumer.ProjectEvent.class, "vn.cnnt.funding.project.");
        assertThat(events).hasSize(10);
        for (var event : events) {
            assertThat(event.projectId()).isNotNull();
            assertThat(event.source()).isIn("NATIONAL", "LOCAL");
            assertThat(event.status()).isNotNull();
            assertThat(event.version()).isNotNegative();
            assertThat(event.settledVnd()).isLessThanOrEqualTo(event.acceptedVnd());
        }
    }

    @Test
    void shouldReadEveryAllocationEventExampleOfTheProducer() throws IOException {
        List<ProgressEventsConsumer.AllocationEvent> events = ProducerMessages.read(
                "funding-service", ProgressEventsConsumer.AllocationEvent.class, "vn.cnnt.funding.allocation.");
        assertThat(events).hasSize(2);
        for (var event : events) {
            assertThat(event.allocationId()).isNotNull();
            assertThat(event.source()).isIn("NATIONAL", "LOCAL");
            assertThat(event.year()).isNotNull();
            assertThat(event.allocatedVnd()).isPositive();
        }
    }
}
