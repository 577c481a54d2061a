package vn.cnnt.kit.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.cnnt.kit.problem.ProblemType;

/**
 * The problem responses every service shares, as reusable components (referenced from operations as
 * {@code @APIResponse(responseCode = "404", ref = "NotFound")}); {@link ApiContract} installs them and adds to each
 * operation those it can answer.
 */
public final class ProblemResponses {

    /** Component name → the problem kind it documents. */
    public static final Map<String, ProblemType> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("MalformedRequest", ProblemType.MALFORMED_REQUEST);
        COMMON.put("ValidationFailed", ProblemType.VALIDATION_FAILED);
        COMMON.put("Unauthenticated", ProblemType.UNAUTHENTICATED);
        COMMON.put("Forbidden", ProblemType.FORBIDDEN);
        COMMON.put("NotFound", ProblemType.NOT_FOUND);
        COMMON.put("Conflict", ProblemType.CONFLICT);
        COMMON.put("PreconditionFailed", ProblemType.PRECONDITION_FAILED);
        COMMON.put("PayloadTooLarge", ProblemType.PAYLOAD_TOO_LARGE);
        COMMON.put("UnsupportedMediaType", ProblemType.UNSUPPORTED_MEDIA_TYPE);
        COMMON.put("PreconditionRequired", ProblemType.PRECONDITION_REQUIRED);
        COMMON.put("InternalError", ProblemType.INTERNAL_ERROR);
    }

    private ProblemResponses() {}

    /** The {@code Problem} schema and the shared responses, where the document does not have them yet. */
    static void install(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getComponents().getSchemas().containsKey("FieldError")) {
            openAPI.getComponents().removeSchema("FieldError");
        }
        COMMON.forEach((name, type) -> {
            if (openAPI.getComponents().getResponses() == null
                    || !openAPI.getComponents().getResponses().containsKey(name)) {
                openAPI.getComponents()
                        .addResponse(name, response(type, "Problem `" + type.uri() + "` (" + type.title() + ")"));
            }
        });
    }

    /** A problem response for a service's own kind of error, for services that add theirs in a filter. */
    public static APIResponse response(ProblemType type, String description) {
        Schema problem = OASFactory.createSchema().ref("Problem");
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType().schema(problem).example(example(type, "/api/v1/…"))));
    }

    /** A problem's example, its members in RFC 9457's order (a fixed order: the committed documents must not drift). */
    static Map<String, Object> example(ProblemType type, String instance) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", "…");
        example.put("instance", instance);
        return example;
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    /** As {@link vn.cnnt.kit.problem.Problem} writes it (empty members are left out). */
    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An invalid field of the request")
                .addProperty(
                        "field",
                        text(1000).description("JSON path of the field, e.g. `tasks[2].code`, or the parameter"))
                .addProperty("message", text(4000).description("Why it was refused"))
                .required(List.of("field", "message"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty(
                        "type",
                        text(200)
                                .format("uri-reference")
                                .description("Stable URI of the error kind")
                                .examples(List.of("/problems/validation-failed")))
                .addProperty("title", text(200).examples(List.of("Invalid request")))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text(4000))
                .addProperty("instance", text(8192).description("The request path"))
                .addProperty("requestId", text(200).description("Correlation id of the request (X-Request-Id)"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .maxItems(1000)
                                .items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
