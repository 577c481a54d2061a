package vn.cnnt.kit.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.cnnt.kit.web.RequestIds;

/** Builds problem responses; the one place that knows the wire shape. */
public final class Problems {

    private Problems() {}

    /** The problem of the current request, whose id is in the log context. */
    public static Problem body(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return body(type, detail, instance, RequestIds.current(), errors);
    }

    /** The problem of a request whose id is known, for code that runs outside the request's log context. */
    public static Problem body(
            ProblemType type, String detail, String instance, String requestId, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId, errors);
    }

    public static Response response(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body(type, detail, instance, errors))
                .build();
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, detail, instance, List.of());
    }

    /** RFC 6750 §3: a 401 names the scheme it wants. */
    public static final String BEARER_CHALLENGE = "Bearer";

    /** The 401 problem, with {@code WWW-Authenticate: Bearer} (RFC 6750 §3). */
    public static Response unauthenticated(String detail, String instance) {
        return Response.fromResponse(response(ProblemType.UNAUTHENTICATED, detail, instance))
                .header("WWW-Authenticate", BEARER_CHALLENGE)
                .build();
    }

    /** The {@code instance} of a problem about the request at {@code uri}: its path from the root. */
    public static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
