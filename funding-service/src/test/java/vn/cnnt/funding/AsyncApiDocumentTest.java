package vn.cnnt.funding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.asyncapi.AsyncApiContract;

/**
 * The committed AsyncAPI document of funding.events.v1 is the one generated from the event schemas and examples (regenerate
 * with {@code -Dasyncapi.update=true}), and it is what the service serves at {@code /q/asyncapi}.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AsyncApiDocumentTest {

    static final AsyncApiContract CONTRACT = AsyncApiContract.of(
                    "funding-service",
                    "funding.events.v1",
                    "Funding events (funding-service)",
                    "Khuyến công money as it moves: allocations (dự toán được giao: NATIONAL by the ministry, LOCAL by the province) and every stage of a project (đề án khuyến công) from registration to settlement. Figures are totals after the change, in integer đồng, so a redelivered or reordered event changes nothing. Consumed by plans-service (progress) and cluster-service (state support received).")
            .aggregate(
                    "vn.cnnt.funding.allocation.",
                    "allocation",
                    "allocationId",
                    "The allocation id: one ordered stream per allocation")
            .aggregate(
                    "vn.cnnt.funding.project.",
                    "project",
                    "projectId",
                    "The project id: one ordered stream per project");

    @Test
    void shouldCommitAndServeTheDocumentGeneratedFromTheEventSchemas() throws IOException {
        CONTRACT.assertCommitted();
        CONTRACT.assertServed();
    }
}
