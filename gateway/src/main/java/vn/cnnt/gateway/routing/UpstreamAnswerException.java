package vn.cnnt.gateway.routing;

/** A service answered a call the gateway makes itself (composed views, documents, status) with an unexpected status. */
public final class UpstreamAnswerException extends RuntimeException {

    private final int status;

    UpstreamAnswerException(String service, int status) {
        super("the " + service + " service answered " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
