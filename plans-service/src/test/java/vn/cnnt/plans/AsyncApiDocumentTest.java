package vn.cnnt.plans;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.asyncapi.AsyncApiContract;

/**
 * The committed AsyncAPI document of plans.events.v1 is the one generated from the event schemas and examples (regenerate
 * with {@code -Dasyncapi.update=true}), and it is what the service serves at {@code /q/asyncapi}.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AsyncApiDocumentTest {

    static final AsyncApiContract CONTRACT = AsyncApiContract.of(
                    "plans-service",
                    "plans.events.v1",
                    "Plans events (plans-service)",
                    "Provincial plans, schemes and programmes for rural industry (kế hoạch, đề án, chương trình): each approval, amendment, completion, cancellation and replacement, with the plan's state after it and its funding table as an estimate (dự kiến), never spendable money. Consumed by funding-service (the plan's estimate).")
            .aggregate("vn.cnnt.plans.plan.", "plan", "planId", "The plan id: one ordered stream per plan");

    @Test
    void shouldCommitAndServeTheDocumentGeneratedFromTheEventSchemas() throws IOException {
        CONTRACT.assertCommitted();
        CONTRACT.assertServed();
    }
}
