package vn.cnnt.gateway.routing;

import io.vertx.circuitbreaker.OpenCircuitException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import vn.cnnt.gateway.GatewayProblems;
import vn.cnnt.kit.problem.ProblemType;

/**
 * What a failed call to a service means for the caller: 503 when the service cannot be reached or its circuit is open
 * (with when to retry), 504 when it did not answer in time, 502 when it broke off or answered nonsense.
 */
public record UpstreamFailure(ProblemType type, String detail, long retryAfterSeconds) {

    public static UpstreamFailure of(Upstream upstream, Throwable failure) {
        String service = "The " + upstream.name() + " service";
        return switch (failure) {
            case OpenCircuitException open ->
                new UpstreamFailure(
                        ProblemType.SERVICE_UNAVAILABLE,
                        service + " failed repeatedly; the gateway is not calling it for a while",
                        upstream.openDuration().toSeconds());
            case ConnectException refused ->
                new UpstreamFailure(
                        ProblemType.SERVICE_UNAVAILABLE,
                        service + " cannot be reached",
                        upstream.openDuration().toSeconds());
            case TimeoutException timeout ->
                new UpstreamFailure(GatewayProblems.GATEWAY_TIMEOUT, service + " did not answer in time", 0);
            case UpstreamAnswerException answer ->
                new UpstreamFailure(GatewayProblems.BAD_GATEWAY, service + " " + answer.answer(), 0);
            default -> new UpstreamFailure(GatewayProblems.BAD_GATEWAY, service + " broke off the exchange", 0);
        };
    }
}
