package vn.cnnt.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.cluster.industrialcluster.messaging.FundingEventsConsumer;
import vn.cnnt.kit.testing.asyncapi.ProducerMessages;

/**
 * This consumer's own record of funding's project events fits every project message of funding-service's AsyncAPI
 * document: its schema and its example.
 */
class FundingEventContractTest {

    @Test
    void shouldReadEveryProjectEventExampleOfTheProducer() throws IOException {
        List<FundingEventsConsumer.ProjectEvent> events = ProducerMessages.read(
                "funding-service", FundingEventsConsumer.ProjectEvent.class, "vn.cnnt.funding.project.");
        assertThat(events).hasSize(10);
        for (var event : events) {
            assertThat(event.projectId()).isNotNull();
            assertThat(event.source()).isIn("NATIONAL", "LOCAL");
            assertThat(event.committedVnd()).isNotNegative();
            assertThat(event.version()).isNotNegative();
        }
    }
}
