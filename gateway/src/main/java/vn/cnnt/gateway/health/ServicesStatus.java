package vn.cnnt.gateway.health;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServicesStatus", description = "Readiness of every service behind the gateway, probed now")
public record ServicesStatus(
        @Schema(
                description = "UP when every service is ready, DEGRADED when some are, DOWN when none is",
                examples = "DEGRADED")
        String status,

        Map<String, ServiceState> services) {

    @Schema(name = "ServiceState")
    public record ServiceState(
            @Schema(description = "UP, DOWN (answered not ready) or UNREACHABLE", examples = "UP")
            String status,

            @Schema(
                    description = "The gateway's circuit breaker for the service: CLOSED, OPEN or HALF_OPEN",
                    examples = "CLOSED")
            String circuit,

            @Schema(description = "Why it is not UP", examples = "The ocop service cannot be reached")
            String reason) {}
}
