package vn.cnnt.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 9457 body of every error response of the suite. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "Stable URI of the error kind", examples = "/problems/validation-failed")
        String type,

        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "422") int status,
        @Schema(examples = "2 fields are invalid") String detail,

        @Schema(description = "The request path", examples = "/api/v1/plans")
        String instance,

        @Schema(description = "Correlation id of the request (X-Request-Id)")
        String requestId,

        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
