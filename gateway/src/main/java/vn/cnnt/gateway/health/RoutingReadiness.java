package vn.cnnt.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.cnnt.gateway.routing.Upstream;
import vn.cnnt.gateway.routing.Upstreams;

/**
 * Ready once every route has a service address (a missing one stops the start). It stays up while services are down:
 * taking the gateway out of rotation would not bring them back, and the other routes still work. Each route's circuit
 * state is shown for operators.
 */
@Readiness
@ApplicationScoped
public class RoutingReadiness implements HealthCheck {

    private final Upstreams upstreams;

    RoutingReadiness(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("routing").up();
        Upstreams.ROUTES.forEach((prefix, name) -> {
            Upstream upstream = upstreams.get(name);
            response.withData("/api/v1/" + prefix, name + " (circuit " + upstream.circuit() + ")");
        });
        return response.build();
    }
}
