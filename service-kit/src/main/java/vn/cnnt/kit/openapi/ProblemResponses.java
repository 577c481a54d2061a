package vn.cnnt.kit.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.cnnt.kit.problem.ProblemType;

/**
 * Catalogues the problem responses every service shares as reusable components (referenced from operations as
 * {@code @APIResponse(responseCode = "404", ref = "NotFound")}) and adds 401, 403 and 500 to every operation.
 */
public class ProblemResponses implements OASFilter {

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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
        COMMON.forEach((name, type) -> openAPI.getComponents()
                .addResponse(name, response(type, "Problem `" + type.uri() + "` (" + type.title() + ")")));
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        addIfMissing(operation, "401", "Unauthenticated");
        addIfMissing(operation, "403", "Forbidden");
        addIfMissing(operation, "500", "InternalError");
        return operation;
    }

    /** A problem response for a service's own kind of error, for services that add theirs in a filter. */
    public static APIResponse response(ProblemType type, String description) {
        Schema problem = OASFactory.createSchema().ref("Problem");
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType()
                                        .schema(problem)
                                        .example(Map.of(
                                                "type",
                                                type.uri(),
                                                "title",
                                                type.title(),
                                                "status",
                                                type.status(),
                                                "detail",
                                                "…",
                                                "instance",
                                                "/api/v1/…"))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("message", text);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("Stable URI of the error kind"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("requestId", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(fieldError));
    }

    private static void addIfMissing(Operation operation, String code, String ref) {
        if (operation.getResponses().getAPIResponse(code) == null) {
            operation
                    .getResponses()
                    .addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }
}
