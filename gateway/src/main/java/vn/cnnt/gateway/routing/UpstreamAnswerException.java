package vn.cnnt.gateway.routing;

/**
 * A service answered a call the gateway makes itself (composed views, documents, status) with an unexpected status or a
 * body it cannot use (not a JSON object, or too large).
 */
public final class UpstreamAnswerException extends RuntimeException {

    private final String answer;

    UpstreamAnswerException(String service, int status) {
        this(service, status, "answered " + status);
    }

    UpstreamAnswerException(String service, int status, String answer) {
        super("the " + service + " service " + answer, null, false, false);
        this.answer = answer;
    }

    /** What the service did, e.g. {@code answered 500}. */
    public String answer() {
        return answer;
    }
}
