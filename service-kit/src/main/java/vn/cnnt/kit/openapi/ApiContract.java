package vn.cnnt.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.cnnt.kit.json.StrictJson;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.ProblemType;

/**
 * The rules every service's OpenAPI document follows, so that a client generated from it (openapi-generator, with
 * validation) compiles and tells the truth; applied last, after the annotations and the services' problem catalogues:
 *
 * <ul>
 *   <li>the license with its SPDX identifier, the gateway as the one server, every tag with its description;
 *   <li>an operation without a security requirement is public: {@code security: []}, and no 401/403;
 *   <li>every error an operation can answer is a problem+json response: 400, 401/403 (secured), 404 (a path
 *       parameter), 413/415 (a body), 422 (a body or a query), 412/428 (If-Match, then required), 429 (the gateway's
 *       rate limit, with {@code Retry-After}), 500 and 503 (with {@code Retry-After});
 *   <li>the gateway's {@code RateLimit-*} headers on every 2xx and 4xx answer, {@code Location} on every 201,
 *       {@code ETag} where the answer says so;
 *   <li>{@code <Name>Page} is the {@link vn.cnnt.kit.paging.Page} of {@code <Name>} (operations reference it where
 *       their answer is built as a {@code Response});
 *   <li>bounds the services enforce: text at most {@link StrictJson#MAX_TEXT_LENGTH} characters unless a field says
 *       less, integers within their Java type unless a field says less, pages at most {@link PageRequest#MAX_SIZE}
 *       items;
 *   <li>in answers, a property that is not {@code required} may be {@code null} (Jackson writes nulls).
 * </ul>
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class ApiContract implements OASFilter {

    /**
     * The extension that marks a public operation ({@code @PermitAll} under an {@code @Authenticated} class, which
     * Quarkus still documents as secured): {@code @Extension(name = ApiContract.PUBLIC, value = "true")}.
     */
    public static final String PUBLIC = "x-public";

    /** SPDX identifier of the suite's license. */
    public static final String LICENSE = "Apache-2.0";

    static final String RATE_LIMIT_DESCRIPTION = "Set by the gateway (IETF httpapi-ratelimit-headers)";

    private static final Pattern SLUGS = Pattern.compile("[a-z][a-z-]*(\\s*,\\s*[a-z][a-z-]*)*");
    private static final Pattern ETAG_MENTIONED = Pattern.compile("\\bETag\\b");
    private static final Map<String, Integer> FORMAT_LENGTHS =
            Map.of("uuid", 36, "date", 10, "date-time", 64, "uri", 2048, "email", 254);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        info(openAPI);
        components(openAPI);
        Set<Schema> answers = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Schema> requests = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> bound(p.getSchema(), seen));
                }
                item.getOperations().values().forEach(op -> operation(openAPI, path, op, seen, answers, requests));
            });
        }
        pages(openAPI);
        history(openAPI);
        anyJson(openAPI);
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> bound(s, seen));
        }
        Set<Schema> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        answers.forEach(s -> nullable(openAPI, s, true, reached));
        requests.forEach(s -> nullable(openAPI, s, false, reached));
        tags(openAPI);
        prune(openAPI);
    }

    private static void info(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo()
                .license(OASFactory.createLicense().name("Apache License 2.0").identifier(LICENSE));
        openAPI.setServers(List.of(OASFactory.createServer()
                .url("https://{publicHost}")
                .description("Production gateway of an installation: every call goes through it (its authentication, "
                        + "rate limits and routes)")
                .addExtension("x-internal", false)
                .variables(Map.of(
                        "publicHost",
                        OASFactory.createServerVariable()
                                .defaultValue("api.example.gov.vn")
                                .description(
                                        "The public host name of the installation (PUBLIC_HOST of its site.env)")))));
    }

    private static void components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ProblemResponses.install(openAPI);
        var components = openAPI.getComponents();
        components.addHeader(
                "RateLimit-Limit",
                header("Requests allowed in the current window. " + RATE_LIMIT_DESCRIPTION, 0, Integer.MAX_VALUE));
        components.addHeader(
                "RateLimit-Remaining",
                header("Requests left in the current window. " + RATE_LIMIT_DESCRIPTION, 0, Integer.MAX_VALUE));
        components.addHeader(
                "RateLimit-Reset",
                header("Seconds until the window resets. " + RATE_LIMIT_DESCRIPTION, 0, Integer.MAX_VALUE));
        components.addHeader(
                "RateLimit-Policy",
                OASFactory.createHeader()
                        .description("The policy applied, e.g. `100;w=60`. " + RATE_LIMIT_DESCRIPTION)
                        .schema(text(200)));
        components.addHeader(
                "Access-Control-Allow-Origin",
                OASFactory.createHeader()
                        .description(
                                "Set by the gateway when the request's Origin is one of the installation's allowed "
                                        + "origins (CORS)")
                        .schema(text(2048)));
        components.addHeader("Retry-After", header("Seconds to wait before sending the request again", 1, 86_400));
        components.addHeader(
                "WWW-Authenticate",
                OASFactory.createHeader()
                        .description("Always `Bearer` (RFC 6750 §3)")
                        .required(true)
                        .schema(text(500)));
        components.addHeader(
                "Location",
                OASFactory.createHeader()
                        .description("URL of the created resource")
                        .required(true)
                        .schema(text(2048).format("uri-reference")));
        components.addHeader(
                "ETag",
                OASFactory.createHeader()
                        .description("The resource's version, e.g. `\"3\"`: send it back in If-Match to change it")
                        .required(true)
                        .schema(text(22).pattern("^\"[0-9]{1,20}\"$")));
        components.addHeader(
                "Idempotent-Replayed",
                OASFactory.createHeader()
                        .description("`true` when the answer is the stored one of an earlier request with the same "
                                + "Idempotency-Key")
                        .schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(List.of("true"))));
        var all = new LinkedHashMap<String, ProblemType>(ProblemResponses.COMMON);
        all.put("TooManyRequests", ProblemType.TOO_MANY_REQUESTS);
        all.put("ServiceUnavailable", ProblemType.SERVICE_UNAVAILABLE);
        all.forEach((name, type) -> {
            APIResponse response = components.getResponses() == null
                    ? null
                    : components.getResponses().get(name);
            if (response == null) {
                response = ProblemResponses.response(type, "Problem `" + type.uri() + "` (" + type.title() + ")");
                components.addResponse(name, response);
            }
            if (type.status() != 500 && type.status() != 503) {
                rateLimited(response);
            }
            if (type.status() == 429 || type.status() == 503) {
                response.addHeader("Retry-After", ref("Retry-After"));
                response.addHeader("Access-Control-Allow-Origin", ref("Access-Control-Allow-Origin"));
            }
            if (type.status() == 401) {
                response.addHeader("WWW-Authenticate", ref("WWW-Authenticate"));
            }
        });
    }

    private static void operation(
            OpenAPI openAPI, String path, Operation op, Set<Schema> seen, Set<Schema> answers, Set<Schema> requests) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        boolean marked = op.getExtensions() != null && op.getExtensions().containsKey(PUBLIC);
        if (marked) {
            op.removeExtension(PUBLIC);
        }
        // [{}] is smallrye's "anonymous allowed" (@PermitAll): a public operation as well.
        boolean secured = !marked
                && op.getSecurity() != null
                && op.getSecurity().stream()
                        .anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
        if (!secured) {
            op.setSecurity(new ArrayList<>());
        }
        boolean body = op.getRequestBody() != null;
        boolean query = false;
        boolean ifMatch = false;
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                query |= p.getIn() == Parameter.In.QUERY;
                if (p.getIn() == Parameter.In.HEADER && p.getName().equalsIgnoreCase("If-Match")) {
                    ifMatch = true;
                    p.required(true);
                    if (p.getSchema() != null && p.getSchema().getMaxLength() == null) {
                        p.getSchema().maxLength(22).pattern("^(\"[0-9]{1,20}\"|\\*)$");
                    }
                }
                if (p.getIn() == Parameter.In.HEADER && p.getName().equalsIgnoreCase("Idempotency-Key")) {
                    if (p.getSchema() != null) {
                        p.getSchema().minLength(1).maxLength(200);
                    }
                    if (p.getDescription() == null) {
                        p.description("Makes retries safe: a retry with the same key answers the stored result");
                    }
                }
                bound(p.getSchema(), seen);
            }
        }
        if (body && op.getRequestBody().getContent() != null) {
            op.getRequestBody().required(true);
            op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> {
                bound(m.getSchema(), seen);
                requests.add(m.getSchema());
            });
        }
        var responses = op.getResponses();
        // What an operation can answer besides its own errors.
        standard(responses, "400", "MalformedRequest");
        if (secured) {
            standard(responses, "401", "Unauthenticated");
            standard(responses, "403", "Forbidden");
        } else {
            removeStandard(responses, "401");
            removeStandard(responses, "403");
        }
        if (path.contains("{")) {
            standard(responses, "404", "NotFound");
        }
        if (body) {
            standard(responses, "413", "PayloadTooLarge");
            standard(responses, "415", "UnsupportedMediaType");
        }
        if (body || query) {
            standard(responses, "422", "ValidationFailed");
        }
        if (ifMatch) {
            standard(responses, "412", "PreconditionFailed");
            standard(responses, "428", "PreconditionRequired");
        }
        standard(responses, "429", "TooManyRequests");
        standard(responses, "500", "InternalError");
        standard(responses, "503", "ServiceUnavailable");
        var sorted = new TreeMap<String, APIResponse>(responses.getAPIResponses());
        sorted.forEach((code, response) -> {
            if (response.getRef() != null) {
                return;
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                problemContent(code, response);
            }
            if (code.startsWith("2") || code.startsWith("4")) {
                rateLimited(response);
            }
            if (code.equals("429") || code.equals("503")) {
                response.addHeader("Retry-After", ref("Retry-After"));
                response.addHeader("Access-Control-Allow-Origin", ref("Access-Control-Allow-Origin"));
            }
            if (code.equals("201")) {
                response.addHeader("Location", ref("Location"));
            }
            if (code.startsWith("2")
                    && response.getDescription() != null
                    && ETAG_MENTIONED.matcher(response.getDescription()).find()) {
                response.addHeader("ETag", ref("ETag"));
            }
            if (response.getContent() != null) {
                for (MediaType media : response.getContent().getMediaTypes().values()) {
                    bound(media.getSchema(), seen);
                    if (code.startsWith("2") && media.getSchema() != null) {
                        answers.add(media.getSchema());
                    }
                }
            }
        });
        responses.setAPIResponses(sorted);
    }

    /** An error answer left without a body (a bare status or smallrye's own) gets the shared problem response. */
    private static void problemContent(String code, APIResponse response) {
        if (response.getContent() != null
                && !response.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        if (response.getDescription() != null
                && SLUGS.matcher(response.getDescription().strip()).matches()) {
            // A problem catalogue that did not run (yet) or does not know a slug: still a problem.
            response.content(problemOnly());
            return;
        }
        String name = switch (code) {
            case "400" -> "MalformedRequest";
            case "401" -> "Unauthenticated";
            case "403" -> "Forbidden";
            case "404" -> "NotFound";
            case "409" -> "Conflict";
            case "412" -> "PreconditionFailed";
            case "413" -> "PayloadTooLarge";
            case "415" -> "UnsupportedMediaType";
            case "422" -> "ValidationFailed";
            case "428" -> "PreconditionRequired";
            case "429" -> "TooManyRequests";
            case "503" -> "ServiceUnavailable";
            default -> "InternalError";
        };
        response.content(null).description(null).ref(name);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemOnly() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }

    private static void standard(
            org.eclipse.microprofile.openapi.models.responses.APIResponses responses, String code, String ref) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }

    private static void removeStandard(
            org.eclipse.microprofile.openapi.models.responses.APIResponses responses, String code) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && (existing.getRef() != null || existing.getContent() == null)) {
            responses.removeAPIResponse(code);
        }
    }

    private static void rateLimited(APIResponse response) {
        for (String name : List.of(
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset",
                "RateLimit-Policy",
                "Access-Control-Allow-Origin")) {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                response.addHeader(name, ref(name));
            }
        }
    }

    /**
     * {@code <Name>Page} for every reference to one that no annotation defined: the {@link vn.cnnt.kit.paging.Page} of
     * the component {@code <Name>}.
     */
    private static void pages(OpenAPI openAPI) {
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> wanted = new java.util.TreeSet<>();
        collectRefs(openAPI, wanted);
        for (String name : wanted) {
            if (name.endsWith("Page") && !schemas.containsKey(name)) {
                String item = name.substring(0, name.length() - "Page".length());
                if (schemas.containsKey(item)) {
                    openAPI.getComponents().addSchema(name, page(item));
                }
            }
            if (name.endsWith("List") && !schemas.containsKey(name)) {
                String item = name.substring(0, name.length() - "List".length());
                if (schemas.containsKey(item)) {
                    openAPI.getComponents().addSchema(name, list(item));
                }
            }
        }
    }

    /**
     * Jackson's {@code JsonNode} is any JSON value, not the bean smallrye reads in its class ({@code JsonNode} with a
     * {@code JsonNodeType}): a reference to it becomes a schema without a type.
     */
    private static void anyJson(OpenAPI openAPI) {
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey("JsonNode")) {
            return;
        }
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> all = new ArrayList<>(schemas.values());
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getResponses() != null) {
                        op.getResponses().getAPIResponses().values().stream()
                                .filter(r -> r.getContent() != null)
                                .forEach(r ->
                                        r.getContent().getMediaTypes().values().forEach(m -> all.add(m.getSchema())));
                    }
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(m -> all.add(m.getSchema()));
                    }
                }));
        all.forEach(s -> unJson(s, seen));
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
    }

    private static void unJson(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().endsWith("/JsonNode")) {
            schema.setRef(null);
            if (schema.getDescription() == null) {
                schema.setDescription("Any JSON value");
            }
        }
        children(schema).forEach(s -> unJson(s, seen));
    }

    /** {@code {"items": [...]}}: a whole list in one answer (reference data, a resource's parts). */
    static Schema list(String item) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("Every " + item)
                .addProperty(
                        "items",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .maxItems(MAX_ITEMS)
                                .items(OASFactory.createSchema().ref(item)))
                .required(List.of("items"));
    }

    static Schema page(String item) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("A page of " + item + "; follow `nextPageToken` for the next one")
                .addProperty(
                        "items",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .maxItems(PageRequest.MAX_SIZE)
                                .items(OASFactory.createSchema().ref(item)))
                .addProperty(
                        "nextPageToken",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .addType(Schema.SchemaType.NULL)
                                .maxLength(1000)
                                .description("Opaque token for the next page; null on the last page"))
                .required(List.of("items"));
    }

    private static void collectRefs(OpenAPI openAPI, Set<String> into) {
        var seen = Collections.<Object>newSetFromMap(new IdentityHashMap<>());
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getResponses() != null) {
                        op.getResponses().getAPIResponses().values().stream()
                                .filter(r -> r.getContent() != null)
                                .forEach(r -> r.getContent()
                                        .getMediaTypes()
                                        .values()
                                        .forEach(m -> refs(m.getSchema(), into, seen)));
                    }
                }));
        openAPI.getComponents().getSchemas().values().forEach(s -> refs(s, into, seen));
    }

    private static void refs(Schema schema, Set<String> into, Set<Object> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            into.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        children(schema).forEach(s -> refs(s, into, seen));
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            children.addAll(group);
        }
        return children;
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    /** The bounds the services enforce, where a schema does not state tighter ones. */
    static void bound(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.equals("\\S") && !pattern.startsWith("^")) {
            // Bean Validation's @Pattern matches the whole text; a JSON Schema pattern matches anywhere in it.
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (types.contains(Schema.SchemaType.STRING)
                && schema.getMaxLength() == null
                && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            Integer byFormat = schema.getFormat() == null ? null : FORMAT_LENGTHS.get(schema.getFormat());
            schema.setMaxLength(byFormat != null ? byFormat : StrictJson.MAX_TEXT_LENGTH);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            if (schema.getMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(MAX_ITEMS);
        }
        children(schema).forEach(s -> bound(s, seen));
    }

    /**
     * The most elements of an array in a request: a body is at most 1 MiB ({@code cnnt.http.max-body-bytes}), and
     * each element takes at least two bytes ({@code 1,}).
     */
    public static final int MAX_ITEMS = 524_288;

    /**
     * Every property not listed in {@code required} may be null: Jackson writes the nulls of an answer, and reads a null
     * for an optional field of a request as its absence (request records have no primitive fields).
     */
    private static void nullable(OpenAPI openAPI, Schema schema, boolean answer, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            nullable(openAPI, openAPI.getComponents().getSchemas().get(name), answer, seen);
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            schema.getProperties().forEach((name, property) -> {
                if (!required.contains(name)) {
                    orNull(property);
                }
            });
        }
        children(schema).forEach(s -> nullable(openAPI, s, answer, seen));
    }

    /** {@code HistoryEntry.changes}: the changed fields by name, each with its old and new value. */
    private static void history(OpenAPI openAPI) {
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey("HistoryEntry")) {
            return;
        }
        openAPI.getComponents()
                .addSchema(
                        "FieldChange",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .description("A changed field: its value before and after the change")
                                .addProperty(
                                        "from",
                                        OASFactory.createSchema()
                                                .description("The value before (any JSON value; null when none)"))
                                .addProperty(
                                        "to",
                                        OASFactory.createSchema()
                                                .description("The value after (any JSON value; null when none)"))
                                .required(List.of("from", "to")));
        schemas.get("HistoryEntry")
                .addProperty(
                        "changes",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .description("The changed fields by name, e.g. "
                                        + "`{\"status\": {\"from\": \"SUBMITTED\", \"to\": \"APPROVED\"}}`")
                                .maxProperties(1000)
                                .additionalPropertiesSchema(
                                        OASFactory.createSchema().ref("FieldChange")));
    }

    private static void orNull(Schema property) {
        if (property.getRef() != null) {
            // A reference cannot carry a type: null is one of two choices.
            if (property.getAnyOf() == null) {
                Schema target = OASFactory.createSchema().ref(property.getRef());
                property.setRef(null);
                property.anyOf(List.of(target, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
                if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                    property.addType(Schema.SchemaType.NULL);
                }
            }
            return;
        }
        if (property.getType() != null
                && !property.getType().isEmpty()
                && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                var values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        }
    }

    /** Components no longer referenced (the document's own, replaced above) are dropped, until none is left. */
    private static void prune(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        boolean removed = true;
        while (removed) {
            Set<String> used = new java.util.HashSet<>();
            var seen = Collections.<Object>newSetFromMap(new IdentityHashMap<>());
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> used(p, used, seen));
                }
                item.getOperations().values().forEach(op -> {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> used(p, used, seen));
                    }
                    if (op.getRequestBody() != null) {
                        used(op.getRequestBody().getContent(), used, seen);
                    }
                    if (op.getResponses() != null) {
                        op.getResponses().getAPIResponses().values().forEach(r -> used(r, used, seen));
                    }
                });
            });
            if (components.getResponses() != null) {
                components.getResponses().forEach((name, r) -> {
                    if (used.contains("responses/" + name)) {
                        used(r, used, seen);
                    }
                });
            }
            Set<String> reachable = new java.util.HashSet<>();
            for (String name : used) {
                if (name.startsWith("schemas/")) {
                    reachSchema(components, name.substring("schemas/".length()), reachable);
                }
            }
            removed = false;
            for (String kind : List.of("schemas", "responses", "headers")) {
                Map<String, ?> map = switch (kind) {
                    case "schemas" -> components.getSchemas();
                    case "responses" -> components.getResponses();
                    default -> components.getHeaders();
                };
                if (map == null) {
                    continue;
                }
                for (String name : List.copyOf(map.keySet())) {
                    boolean keep = kind.equals("schemas")
                            ? reachable.contains(name) || used.contains("schemas/" + name)
                            : used.contains(kind + "/" + name);
                    if (!keep) {
                        switch (kind) {
                            case "schemas" -> components.removeSchema(name);
                            case "responses" -> components.removeResponse(name);
                            default -> components.removeHeader(name);
                        }
                        removed = true;
                    }
                }
            }
        }
    }

    private static void reachSchema(
            org.eclipse.microprofile.openapi.models.Components components, String name, Set<String> reachable) {
        if (!reachable.add(name) || components.getSchemas() == null) {
            return;
        }
        Schema schema = components.getSchemas().get(name);
        Set<String> refs = new java.util.TreeSet<>();
        refs(schema, refs, Collections.newSetFromMap(new IdentityHashMap<>()));
        refs.forEach(r -> reachSchema(components, r, reachable));
    }

    private static void used(Object part, Set<String> used, Set<Object> seen) {
        if (part == null || !seen.add(part)) {
            return;
        }
        switch (part) {
            case Parameter p -> {
                if (p.getRef() != null) {
                    used.add(refName(p.getRef(), "parameters"));
                }
                used(p.getSchema(), used, seen);
                used(p.getContent(), used, seen);
            }
            case APIResponse r -> {
                if (r.getRef() != null) {
                    used.add(refName(r.getRef(), "responses"));
                }
                if (r.getHeaders() != null) {
                    r.getHeaders().values().forEach(h -> used(h, used, seen));
                }
                used(r.getContent(), used, seen);
            }
            case Header h -> {
                if (h.getRef() != null) {
                    used.add(refName(h.getRef(), "headers"));
                }
                used(h.getSchema(), used, seen);
            }
            case org.eclipse.microprofile.openapi.models.media.Content c ->
                c.getMediaTypes().values().forEach(m -> used(m.getSchema(), used, seen));
            case Schema schema -> {
                Set<String> refs = new java.util.TreeSet<>();
                refs(schema, refs, Collections.newSetFromMap(new IdentityHashMap<>()));
                refs.forEach(r -> used.add("schemas/" + r));
            }
            default -> {}
        }
    }

    /** {@code #/components/responses/NotFound} or {@code NotFound} → {@code responses/NotFound}. */
    private static String refName(String ref, String kind) {
        return kind + "/" + ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static void tags(OpenAPI openAPI) {
        Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName = new TreeMap<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(t -> byName.put(t.getName(), t));
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getTags() != null) {
                        op.getTags()
                                .forEach(name -> byName.computeIfAbsent(
                                        name, n -> OASFactory.createTag().name(n)));
                    }
                }));
        List<org.eclipse.microprofile.openapi.models.tags.Tag> tags = new ArrayList<>(byName.values());
        tags.sort(Comparator.comparing(org.eclipse.microprofile.openapi.models.tags.Tag::getName));
        openAPI.setTags(tags);
    }

    private static Header header(String description, long minimum, long maximum) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.valueOf(minimum))
                        .maximum(BigDecimal.valueOf(maximum)));
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(name);
    }
}
