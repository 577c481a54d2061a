package vn.cnnt.kit.outbox;

import org.jboss.logging.MDC;

/**
 * The W3C traceparent of the current work, when tracing is on. Quarkus OpenTelemetry puts the ids in the
 * log context; the outbox stores them so the event continues the request's trace.
 */
final class TraceContext {

    private TraceContext() {}

    static String currentTraceparent() {
        Object traceId = MDC.get("traceId");
        Object spanId = MDC.get("spanId");
        if (traceId == null || spanId == null) {
            return null;
        }
        Object sampled = MDC.get("sampled");
        return "00-" + traceId + "-" + spanId + "-" + ("true".equals(String.valueOf(sampled)) ? "01" : "00");
    }
}
