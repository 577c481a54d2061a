package vn.cnnt.gateway.health;

import io.vertx.core.Future;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.gateway.health.ServicesStatus.ServiceState;
import vn.cnnt.gateway.routing.Upstream;
import vn.cnnt.gateway.routing.UpstreamFailure;
import vn.cnnt.gateway.routing.Upstreams;

/** The services' readiness seen from the gateway, for operators; public like health endpoints, and as terse. */
@Path("/api/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "The state of the suite's services as the gateway sees them")
public class ServicesStatusResource {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Upstreams upstreams;

    ServicesStatusResource(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @GET
    @Operation(
            operationId = "getServicesStatus",
            summary = "Status of the services behind the gateway",
            description = """
            Probes every service's /q/health/ready now (bypassing the circuit breakers, so a recovered service shows at
            once) and reports each with the state of its circuit. No token needed.""")
    @APIResponse(responseCode = "200", description = "The status")
    public CompletionStage<ServicesStatus> status() {
        List<Upstream> all = List.copyOf(upstreams.all());
        List<Future<ServiceState>> probes =
                all.stream().map(ServicesStatusResource::probe).toList();
        return Future.all(probes)
                .map(done -> {
                    Map<String, ServiceState> states = new LinkedHashMap<>();
                    for (int i = 0; i < all.size(); i++) {
                        states.put(all.get(i).name(), probes.get(i).result());
                    }
                    long up = states.values().stream()
                            .filter(s -> s.status().equals("UP"))
                            .count();
                    return new ServicesStatus(up == states.size() ? "UP" : up == 0 ? "DOWN" : "DEGRADED", states);
                })
                .toCompletionStage();
    }

    private static Future<ServiceState> probe(Upstream upstream) {
        String circuit = upstream.circuit().name();
        return upstream.probe("/q/health/ready", PROBE_TIMEOUT)
                .map(status -> status == 200
                        ? new ServiceState("UP", circuit, null)
                        : new ServiceState("DOWN", circuit, "Its readiness check answered " + status))
                .otherwise(failure -> new ServiceState(
                        "UNREACHABLE",
                        circuit,
                        UpstreamFailure.of(upstream, failure).detail()));
    }
}
