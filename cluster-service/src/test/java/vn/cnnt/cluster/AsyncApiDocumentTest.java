package vn.cnnt.cluster;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.asyncapi.AsyncApiContract;

/**
 * The committed AsyncAPI document of cluster.events.v1 is the one generated from the event schemas and examples (regenerate
 * with {@code -Dasyncapi.update=true}), and it is what the service serves at {@code /q/asyncapi}.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AsyncApiDocumentTest {

    static final AsyncApiContract CONTRACT = AsyncApiContract.of(
                    "cluster-service",
                    "cluster.events.v1",
                    "Industrial cluster events (cluster-service)",
                    "Industrial clusters (cụm công nghiệp) under Decree 32/2024/NĐ-CP: status changes of the legal lifecycle, expansions, tenants admitted and leaving. Consumed by funding-service (cluster-infrastructure support from ESTABLISHED on).")
            .aggregate("vn.cnnt.cluster.", "cluster", "clusterId", "The cluster id: one ordered stream per cluster");

    @Test
    void shouldCommitAndServeTheDocumentGeneratedFromTheEventSchemas() throws IOException {
        CONTRACT.assertCommitted();
        CONTRACT.assertServed();
    }
}
