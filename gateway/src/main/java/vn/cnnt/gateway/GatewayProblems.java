package vn.cnnt.gateway;

import vn.cnnt.kit.problem.ProblemType;

/** Error kinds only the gateway produces; 503 {@code service-unavailable} and 429 come from the kit. */
public final class GatewayProblems {

    public static final ProblemType BAD_GATEWAY = new ProblemType("bad-gateway", 502, "Bad gateway");
    public static final ProblemType GATEWAY_TIMEOUT = new ProblemType("gateway-timeout", 504, "Gateway timeout");

    private GatewayProblems() {}
}
