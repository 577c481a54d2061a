package vn.cnnt.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cnnt.kit.json.RefusedValueException;

/** Maps every failure to an RFC 9457 problem response of the same shape; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.type(), e.getMessage(), Problems.instance(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid";
        return Problems.response(ProblemType.VALIDATION_FAILED, detail, Problems.instance(uri), errors);
    }

    /** Replaces Quarkus' built-in mapper for this exception, whose body is not a problem. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unparseableJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            String field = jsonPath(u);
            return Problems.response(
                    ProblemType.VALIDATION_FAILED,
                    "Unknown property " + field,
                    Problems.instance(uri),
                    List.of(new FieldError(field, "is not a property of this request")));
        }
        if (e instanceof RefusedValueException r) {
            String field = jsonPath(r);
            return Problems.response(
                    ProblemType.VALIDATION_FAILED,
                    field + ": " + r.reason(),
                    Problems.instance(uri),
                    List.of(new FieldError(field, r.reason())));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m);
            String expected = e instanceof InvalidFormatException f
                    ? " (expected " + f.getTargetType().getSimpleName() + ")"
                    : "";
            return Problems.response(
                    ProblemType.MALFORMED_REQUEST,
                    "Field " + field + " has the wrong type or format" + expected,
                    Problems.instance(uri),
                    List.of(new FieldError(field, "has the wrong type or format" + expected)));
        }
        return Problems.response(
                ProblemType.MALFORMED_REQUEST,
                "The body is not valid JSON: " + abbreviate(e.getOriginalMessage()),
                Problems.instance(uri));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return Problems.unauthenticated("A valid bearer token is required", Problems.instance(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Problems.unauthenticated("The bearer token is missing, expired or invalid", Problems.instance(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(
                ProblemType.FORBIDDEN, "Your role does not allow this operation", Problems.instance(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps syntax errors (a duplicated member, a trailing token) in a bare 400.
            return unreadableJson(json, uri);
        }
        // JAX-RS answers 404 when a path or query parameter cannot be converted; it is the request that is malformed.
        boolean unreadableParameter = e instanceof NotFoundException && e.getCause() != null;
        ProblemType type = unreadableParameter
                ? ProblemType.MALFORMED_REQUEST
                : switch (e) {
                    case NotFoundException n -> ProblemType.NOT_FOUND;
                    case NotAllowedException n -> ProblemType.METHOD_NOT_ALLOWED;
                    case NotSupportedException n -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
                    case NotAcceptableException n -> ProblemType.NOT_ACCEPTABLE;
                    default -> byStatus(e.getResponse().getStatus());
                };
        String detail = unreadableParameter
                ? "A path or query parameter cannot be read: "
                        + abbreviate(e.getCause().getMessage())
                : switch (e) {
                    case NotFoundException n -> "No resource at " + Problems.instance(uri);
                    case NotSupportedException n -> "Send application/json";
                    default -> type.title();
                };
        Response response = type.status() == 401
                ? Problems.unauthenticated(detail, Problems.instance(uri))
                : Problems.response(type, detail, Problems.instance(uri));
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response)
                    .header("Allow", e.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + Problems.instance(uri), e);
        return Problems.response(
                ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; quote the request id to support",
                Problems.instance(uri));
    }

    private static String abbreviate(String message) {
        return message == null
                ? "not of the expected type"
                : message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }

    private static ProblemType byStatus(int status) {
        return switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ProblemType.PRECONDITION_REQUIRED;
            case 429 -> ProblemType.TOO_MANY_REQUESTS;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        };
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** "create.request.tasks[0].code" becomes "tasks[0].code": the method and parameter are noise to callers. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
