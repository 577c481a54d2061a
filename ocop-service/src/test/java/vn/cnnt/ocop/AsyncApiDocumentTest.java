package vn.cnnt.ocop;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.asyncapi.AsyncApiContract;

/**
 * The committed AsyncAPI document of ocop.events.v1 is the one generated from the event schemas and examples (regenerate
 * with {@code -Dasyncapi.update=true}), and it is what the service serves at {@code /q/asyncapi}.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AsyncApiDocumentTest {

    static final AsyncApiContract CONTRACT = AsyncApiContract.of(
                    "ocop-service",
                    "ocop.events.v1",
                    "OCOP events (ocop-service)",
                    "OCOP council evaluations and star certificates (issued, expired, revoked; a replacement is named in its successor's issued event), keyed by product so that one ordered stream carries every change of a product's certification. Consumed by funding-service (trade-promotion eligibility) and plans-service (OCOP targets).")
            .aggregate(
                    "vn.cnnt.ocop.",
                    "product",
                    "productId",
                    "The product id: one ordered stream per product, across re-evaluations");

    @Test
    void shouldCommitAndServeTheDocumentGeneratedFromTheEventSchemas() throws IOException {
        CONTRACT.assertCommitted();
        CONTRACT.assertServed();
    }
}
