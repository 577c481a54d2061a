package vn.cnnt.kit.problem;

/**
 * An error kind: a stable type URI, its HTTP status and title. Services declare their own kinds as
 * constants; the infrastructure kinds common to every service are below.
 */
public record ProblemType(String slug, int status, String title) {

    public static final String BASE = "/problems/";

    public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", 400, "Malformed request");
    public static final ProblemType VALIDATION_FAILED = new ProblemType("validation-failed", 422, "Invalid request");
    public static final ProblemType UNAUTHENTICATED =
            new ProblemType("unauthenticated", 401, "Authentication required");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403, "Not allowed");
    public static final ProblemType PROVINCE_NOT_YOURS =
            new ProblemType("province-not-yours", 403, "The record's province is not yours");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404, "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED =
            new ProblemType("method-not-allowed", 405, "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", 406, "Not acceptable");
    public static final ProblemType CONFLICT = new ProblemType("conflict", 409, "Conflict with the current state");
    public static final ProblemType INVALID_TRANSITION =
            new ProblemType("invalid-transition", 409, "Transition not allowed from the current status");
    public static final ProblemType PRECONDITION_FAILED =
            new ProblemType("precondition-failed", 412, "The resource has changed (ETag mismatch)");
    public static final ProblemType PAYLOAD_TOO_LARGE =
            new ProblemType("payload-too-large", 413, "Request body too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("unsupported-media-type", 415, "Unsupported media type");
    public static final ProblemType IDEMPOTENCY_KEY_REUSED =
            new ProblemType("idempotency-key-reused", 422, "Idempotency-Key reused with another request");
    public static final ProblemType PRECONDITION_REQUIRED =
            new ProblemType("precondition-required", 428, "If-Match header required");
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", 429, "Too many requests");
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", 500, "Internal error");
    public static final ProblemType SERVICE_UNAVAILABLE =
            new ProblemType("service-unavailable", 503, "Service unavailable");

    public String uri() {
        return BASE + slug;
    }

    public ProblemException exception(String detail) {
        return new ProblemException(this, detail);
    }
}
