package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.messaging.ProjectionEventsConsumer;
import vn.cnnt.kit.testing.EventExamples;

/** This consumer's own records of certificate and cluster events read every example their producers publish. */
class OcopAndClusterEventContractTest {

    @Test
    void shouldReadEveryCertificateEventExampleOfOcopService() throws IOException {
        List<Path> examples = EventExamples.of("ocop-service", "vn.cnnt.ocop.certificate.");
        assertThat(examples).hasSize(3);
        for (Path example : examples) {
            var event = EventExamples.JSON.readValue(example.toFile(), ProjectionEventsConsumer.CertificateEvent.class);
            assertThat(event.productId()).as(example.toString()).isNotNull();
            assertThat(event.stars()).isBetween(3, 5);
            assertThat(event.status()).isIn("VALID", "EXPIRED", "REVOKED");
            assertThat(event.validUntil()).isNotNull();
            assertThat(event.version()).isPositive();
        }
    }

    @Test
    void shouldReadEveryClusterStatusExampleOfClusterService() throws IOException {
        List<Path> examples = EventExamples.of("cluster-service", "vn.cnnt.cluster.cluster.");
        assertThat(examples).hasSize(2);
        for (Path example : examples) {
            var event = EventExamples.JSON.readValue(example.toFile(), ProjectionEventsConsumer.ClusterEvent.class);
            assertThat(event.clusterId()).as(example.toString()).isNotNull();
            assertThat(event.status()).isNotBlank();
            assertThat(event.version()).isPositive();
        }
    }
}
