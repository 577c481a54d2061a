package vn.cnnt.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cnnt.gateway.Callers.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.Callers;
import vn.cnnt.gateway.GatewayTestResource;

/** With tracing on (as in every gateway test: see GatewayTestResource), the gateway joins the caller's trace and hands the service its own span as the parent. */
@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TracingTest {

    @BeforeEach
    void servicesUp() {
        Callers.awaitEveryRouteWorking();
    }

    @Test
    void shouldContinueTheCallersTraceWithASpanOfItsOwn() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";

        String forwarded = as("tracer")
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .when()
                .get("/api/v1/plans/things/1")
                .then()
                .statusCode(200)
                .extract()
                .path("headers.traceparent");

        assertThat(forwarded).startsWith("00-" + traceId + "-").endsWith("-01");
        assertThat(forwarded.split("-")[2])
                .as("the parent span the service sees")
                .isNotEqualTo(callerSpan);
    }
}
