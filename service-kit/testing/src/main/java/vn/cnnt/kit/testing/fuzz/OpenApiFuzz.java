package vn.cnnt.kit.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A bounded fuzz test of one service, generated from the OpenAPI document it serves: each request is a valid one
 * (the operation's example body, else one built from the schemas and their examples; ids of records the run created
 * in the collection the path names; the current ETag in If-Match) with at most one hostile change (wrong type,
 * missing or extra field, NUL, NFD, bidi controls, 1 MiB text, injection strings, deep nesting, bad numbers and
 * dates, bad paths and paging, wrong content types, duplicate keys, trailing tokens, bad tokens and If-Match), so that
 * most creations succeed and later requests reach records in the states after creation. All on loopback, a fixed
 * seed and a fixed number of requests: the same requests on every machine, however slow.
 *
 * <p>A failure is any 5xx, any error that is not {@code application/problem+json} with its request id, and any money
 * figure ({@code …Vnd}) that an answer or a later read (the {@code Location} of a 201) shows negative or different
 * from what was accepted.
 */
public final class OpenApiFuzz {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final URI base;
    private final List<String> tokens;
    private long seed = 15;
    private int requests = 2_000;
    private Duration budget = Duration.ofMinutes(10);
    private Predicate<String> paths = p -> true;
    private String province = "11";
    private JsonNode document;

    private OpenApiFuzz(URI base, List<String> tokens) {
        this.base = base;
        this.tokens = List.copyOf(tokens);
    }

    /** Fuzzes the service at {@code base} (its document at {@code /q/openapi}) as the callers of {@code tokens}. */
    public static OpenApiFuzz of(URI base, List<String> tokens) {
        return new OpenApiFuzz(base, tokens);
    }

    /**
     * The run every build makes of each service: seed 15, 2 000 requests, callers of {@code province} with
     * {@code tokens}; prints how many requests answered 2xx and 4xx, and fails on any failure.
     */
    public static FuzzReport checkEveryBuild(URI base, String province, List<String> tokens) throws Exception {
        return check(of(base, tokens).province(province));
    }

    /** Runs {@code fuzz} with the every-build seed and count, prints its summary and fails on any failure. */
    public static FuzzReport check(OpenApiFuzz fuzz) throws Exception {
        FuzzReport report = fuzz.seed(15).requests(2_000).run();
        System.out.println(report.summary());
        report.assertNoFailures();
        return report;
    }

    public OpenApiFuzz seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** This many requests (the same ones for the same seed and document). */
    public OpenApiFuzz requests(int requests) {
        this.requests = requests;
        return this;
    }

    /** A guard against a hung service, not a speed limit: a run that outlasts it fails. Ten minutes unless told. */
    public OpenApiFuzz budget(Duration budget) {
        this.budget = budget;
        return this;
    }

    /** Fuzzes the operations of this document (the service's own at {@code /q/openapi} unless told). */
    public OpenApiFuzz document(JsonNode document) {
        this.document = document;
        return this;
    }

    /** Only the paths (templates, e.g. {@code /api/v1/plans/{id}}) this accepts. */
    public OpenApiFuzz paths(Predicate<String> paths) {
        this.paths = paths;
        return this;
    }

    /** The province the generated records belong to (the tokens' own, used by no other test). */
    public OpenApiFuzz province(String province) {
        this.province = province;
        return this;
    }

    /** The document the service serves at {@code /q/openapi}, as JSON. */
    public static JsonNode servedDocument(URI base) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (document.statusCode() != 200) {
            throw new IllegalStateException("No OpenAPI document at " + base + "/q/openapi: " + document.statusCode());
        }
        return JSON.readTree(document.body());
    }

    public FuzzReport run() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        JsonNode api = document != null ? document : servedDocument(base);
        List<Operation> operations = operations(api);
        if (operations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document of " + base + " has no operation to fuzz");
        }
        Random random = new Random(seed);
        Generator generator = new Generator(api, random, province);
        FuzzReport report = new FuzzReport(base.toString());
        unboundedMoney(api).forEach(where -> report.failDocument(where));
        Instant deadline = Instant.now().plus(budget);
        // First valid creations, so that later requests have records to aim at.
        for (int round = 0; round < 5; round++) {
            for (Operation op : operations) {
                if (op.method().equals("POST") && report.sent() < requests / 4) {
                    send(http, generator.plausible(op, tokens.get(random.nextInt(tokens.size()))), generator, report);
                }
            }
        }
        while (report.sent() < requests) {
            if (Instant.now().isAfter(deadline)) {
                report.failBudget(budget);
                break;
            }
            Operation op = operations.get(random.nextInt(operations.size()));
            String token = tokens.get(random.nextInt(tokens.size()));
            FuzzRequest request =
                    random.nextInt(10) < 4 ? generator.plausible(op, token) : generator.hostile(op, token);
            send(http, request, generator, report);
        }
        return report;
    }

    private void send(HttpClient http, FuzzRequest request, Generator generator, FuzzReport report) {
        if (request.resource() != null) {
            request = withCurrentVersion(http, request, report);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.toHttp(base), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notSendable) {
            return; // a URI or header the client itself refuses to send
        } catch (java.io.IOException e) {
            report.fail(request, 0, "the connection failed: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        report.count(request, response.statusCode());
        check(request, response, report);
        if (response.statusCode() < 300) {
            JsonNode body = parse(response.body());
            if (body != null) {
                generator.harvest(request, body);
                if (!request.method().equals("GET")) {
                    checkFigures(http, request, response, body, report);
                }
            }
        }
    }

    /**
     * Reads the resource first, as a client does before a write, and sends its current ETag in If-Match: only the
     * request's own change (if any) stands between it and success.
     */
    private FuzzRequest withCurrentVersion(HttpClient http, FuzzRequest request, FuzzReport report) {
        try {
            HttpResponse<String> read = http.send(
                    HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/$", "") + request.resource()))
                            .header("Authorization", "Bearer " + request.token())
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            FuzzRequest reading = new FuzzRequest(
                    "GET (read before " + request.operation() + ")",
                    "read before write",
                    "GET",
                    request.resource(),
                    Map.of(),
                    null,
                    null,
                    request.token(),
                    null);
            report.count(reading, read.statusCode());
            check(reading, read, report);
            return read.headers().firstValue("ETag").map(request::withIfMatch).orElse(request);
        } catch (IllegalArgumentException | java.io.IOException e) {
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(FuzzRequest request, HttpResponse<String> response, FuzzReport report) {
        int status = response.statusCode();
        if (status >= 500) {
            report.fail(request, status, abbreviate(response.body()));
            return;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                report.fail(request, status, "not problem+json (" + type + "): " + abbreviate(response.body()));
                return;
            }
            JsonNode problem = parse(response.body());
            if (problem == null
                    || !problem.path("type").isTextual()
                    || problem.path("status").asInt() != status
                    || !problem.path("requestId").isTextual()) {
                report.fail(
                        request, status, "a problem without type, status or requestId: " + abbreviate(response.body()));
            }
            return;
        }
        if (status < 300) {
            JsonNode body = parse(response.body());
            if (body != null) {
                negativeFigure(body, "").ifPresent(where -> report.fail(request, status, "negative figure " + where));
            }
        }
    }

    /** The figures a write accepted must read back unchanged, in its answer and at its Location. */
    private void checkFigures(
            HttpClient http, FuzzRequest request, HttpResponse<String> response, JsonNode answer, FuzzReport report) {
        Map<String, List<Long>> sent = figures(request.jsonBody(), new LinkedHashMap<>());
        if (sent.isEmpty()) {
            return;
        }
        compare(request, response.statusCode(), sent, figures(answer, new LinkedHashMap<>()), "answer", report);
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
            return;
        }
        try {
            URI read = URI.create(location);
            HttpResponse<String> later = http.send(
                    HttpRequest.newBuilder(read.isAbsolute() ? read : base.resolve(read))
                            .header("Authorization", "Bearer " + request.token())
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            report.count(request, later.statusCode());
            JsonNode body = parse(later.body());
            if (later.statusCode() == 200 && body != null) {
                negativeFigure(body, "").ifPresent(where -> report.fail(request, 200, "read back: negative " + where));
                compare(request, 200, sent, figures(body, new LinkedHashMap<>()), "later read", report);
            }
        } catch (Exception e) {
            report.fail(request, 0, "reading back " + location + " failed: " + e);
        }
    }

    private static void compare(
            FuzzRequest request,
            int status,
            Map<String, List<Long>> sent,
            Map<String, List<Long>> shown,
            String where,
            FuzzReport report) {
        sent.forEach((name, values) -> {
            List<Long> back = shown.get(name);
            if (back != null) {
                for (Long v : values) {
                    if (!back.contains(v)) {
                        report.fail(request, status, where + " shows " + name + " " + back + " for " + v + " sent");
                    }
                }
            }
        });
    }

    private static Map<String, List<Long>> figures(JsonNode node, Map<String, List<Long>> into) {
        if (node == null) {
            return into;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().endsWith("Vnd")
                        && e.getValue().isIntegralNumber()
                        && e.getValue().canConvertToLong()) {
                    into.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue().asLong());
                } else {
                    figures(e.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> figures(n, into));
        }
        return into;
    }

    private static java.util.Optional<String> negativeFigure(JsonNode node, String path) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String here = path + "." + e.getKey();
                if (e.getKey().endsWith("Vnd")
                        && !isDelta(e.getKey())
                        && e.getValue().isNumber()
                        && e.getValue().asDouble() < 0) {
                    return java.util.Optional.of(here + " = " + e.getValue());
                }
                if (e.getKey().endsWith("Vnd")
                        && !isDelta(e.getKey())
                        && e.getValue().isObject()) {
                    for (JsonNode v : e.getValue()) {
                        if (v.isNumber() && v.asDouble() < 0) {
                            return java.util.Optional.of(here + " = " + e.getValue());
                        }
                    }
                }
                var inner = negativeFigure(e.getValue(), here);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode n : node) {
                var inner = negativeFigure(n, path + "[" + i++ + "]");
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A change of a figure ({@code deltaVnd}, {@code …DeltaVnd}): signed, bounded by ±10^15. */
    static boolean isDelta(String property) {
        return property.equals("deltaVnd") || property.endsWith("DeltaVnd");
    }

    /**
     * The money properties ({@code …Vnd}, integer) of the document's schemas that do not state the bound of a figure:
     * {@code minimum: 0} and {@code maximum: 1000000000000000} ({@code minimum: -1000000000000000} for a change).
     */
    private static final long MAX_VND = 1_000_000_000_000_000L;

    public static List<String> unboundedMoney(JsonNode api) {
        List<String> unbounded = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> schemas =
                        api.path("components").path("schemas").fields();
                schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            for (Iterator<Map.Entry<String, JsonNode>> properties =
                            schema.getValue().path("properties").fields();
                    properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode p = property.getValue();
                JsonNode value = p.has("additionalProperties") ? p.get("additionalProperties") : p;
                if (property.getKey().endsWith("Vnd")
                        && value.path("type").toString().contains("integer")
                        && (value.path("minimum").asLong(-1) != (isDelta(property.getKey()) ? -MAX_VND : 0)
                                || value.path("maximum").asLong(-1) != MAX_VND)) {
                    unbounded.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        return unbounded;
    }

    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private List<Operation> operations(JsonNode api) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!this.paths.test(path.getKey())) {
                continue;
            }
            JsonNode common = path.getValue().path("parameters");
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                ArrayNode parameters = NODES.arrayNode();
                common.forEach(parameters::add);
                op.path("parameters").forEach(parameters::add);
                JsonNode body = op.path("requestBody").path("content");
                JsonNode media = body.path("application/json");
                JsonNode bodySchema = media.path("schema");
                List<JsonNode> examples = new ArrayList<>();
                media.path("examples").forEach(e -> {
                    if (e.path("value").isObject()) {
                        examples.add(e.get("value"));
                    }
                });
                if (media.path("example").isObject()) {
                    examples.add(media.get("example"));
                }
                operations.add(new Operation(
                        method.toUpperCase(),
                        path.getKey(),
                        parameters,
                        bodySchema.isMissingNode() ? null : bodySchema,
                        !body.isMissingNode(),
                        List.copyOf(examples)));
            }
        }
        return operations;
    }

    /** One operation of the document. */
    record Operation(
            String method,
            String path,
            ArrayNode parameters,
            JsonNode bodySchema,
            boolean takesBody,
            List<JsonNode> examples) {}

    static ObjectNode object() {
        return NODES.objectNode();
    }
}
