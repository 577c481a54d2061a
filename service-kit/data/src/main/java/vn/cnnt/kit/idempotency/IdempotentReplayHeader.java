package vn.cnnt.kit.idempotency;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** {@code Idempotent-Replayed: true} on an answer built from an earlier call's result. */
public class IdempotentReplayHeader {

    private final IdempotencyOutcome outcome;

    IdempotentReplayHeader(IdempotencyOutcome outcome) {
        this.outcome = outcome;
    }

    @ServerResponseFilter
    public void mark(ContainerResponseContext response) {
        if (outcome.isReplayed()) {
            response.getHeaders().putSingle("Idempotent-Replayed", "true");
        }
    }
}
