package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.messaging.ProjectionEventsConsumer;
import vn.cnnt.kit.testing.asyncapi.ProducerMessages;

/**
 * This consumer's own records of certificate and cluster events fit the messages of their producers' AsyncAPI
 * documents: schemas and examples.
 */
class OcopAndClusterEventContractTest {

    @Test
    void shouldReadEveryCertificateEventExampleOfOcopService() throws IOException {
        List<ProjectionEventsConsumer.CertificateEvent> events = ProducerMessages.read(
                "ocop-service", ProjectionEventsConsumer.CertificateEvent.class, "vn.cnnt.ocop.certificate.");
        assertThat(events).hasSize(3);
        for (var event : events) {
            assertThat(event.productId()).isNotNull();
            assertThat(event.stars()).isBetween(3, 5);
            assertThat(event.status()).isIn("VALID", "EXPIRED", "REVOKED");
            assertThat(event.validUntil()).isNotNull();
            assertThat(event.version()).isPositive();
        }
    }

    @Test
    void shouldReadEveryClusterStatusExampleOfClusterService() throws IOException {
        List<ProjectionEventsConsumer.ClusterEvent> events = ProducerMessages.read(
                "cluster-service", ProjectionEventsConsumer.ClusterEvent.class, "vn.cnnt.cluster.cluster.");
        assertThat(events).hasSize(2);
        for (var event : events) {
            assertThat(event.clusterId()).isNotNull();
            assertThat(event.status()).isNotBlank();
            assertThat(event.version()).isPositive();
        }
    }
}
