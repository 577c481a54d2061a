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
import vn.cnnt.funding.ledger.messaging.ProjectionEventsConsumer;

/** This consumer's own records of certificate and cluster events read every example their producers publish. */
class OcopAndClusterEventContractTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldReadEveryCertificateEventExampleOfOcopService() throws IOException {
        List<Path> examples = examples("../ocop-service", "vn.cnnt.ocop.certificate.");
        assertThat(examples).hasSize(3);
        for (Path example : examples) {
            var event = json.readValue(example.toFile(), ProjectionEventsConsumer.CertificateEvent.class);
            assertThat(event.productId()).as(example.toString()).isNotNull();
            assertThat(event.stars()).isBetween(3, 5);
            assertThat(event.status()).isIn("VALID", "EXPIRED", "REVOKED");
            assertThat(event.validUntil()).isNotNull();
            assertThat(event.version()).isPositive();
        }
    }

    @Test
    void shouldReadEveryClusterStatusExampleOfClusterService() throws IOException {
        List<Path> examples = examples("../cluster-service", "vn.cnnt.cluster.cluster.");
        assertThat(examples).hasSize(2);
        for (Path example : examples) {
            var event = json.readValue(example.toFile(), ProjectionEventsConsumer.ClusterEvent.class);
            assertThat(event.clusterId()).as(example.toString()).isNotNull();
            assertThat(event.status()).isNotBlank();
            assertThat(event.version()).isPositive();
        }
    }

    private static List<Path> examples(String producer, String typePrefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(producer, "src/main/resources/META-INF/events"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(typePrefix))
                    .filter(p -> p.toString().endsWith(".example.json")).toList();
        }
    }
}
