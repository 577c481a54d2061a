package vn.cnnt.kit.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.cnnt.kit.testing.fuzz.OpenApiFuzz.Operation;

/**
 * Builds valid requests from the document (the operation's example body, else one built from the schemas and their
 * examples, aimed at records this run created), and hostile variants of them that change one thing each.
 */
final class Generator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "\u0001RAW\u0001";

    /** Text a client might send to break a parser, a database or a page. */
    static final List<String> HOSTILE_TEXT = List.of(
            "nul\u0000byte",
            "\u0000",
            "bell\u0007and escape\u001b[31m",
            "Nghe\u0323\u0302 An", // NFD: decomposed marks
            "left\u202Eright\u202Cmark\u200F",
            "\uFEFFbom",
            "'; DROP TABLE plan; --",
            "\" OR 1=1 --",
            "<script>alert(1)</script>",
            "{{7*7}}${7*7}",
            "../../../../etc/passwd",
            "%00%2e%2e%2f",
            "\\u0000",
            "😀🇻🇳𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "\uD800",
            "   ",
            "",
            "a".repeat(5_000),
            "line\r\nX-Injected: yes");

    static final List<String> BAD_NUMBERS = List.of(
            "-1",
            "-9223372036854775808",
            "1.5",
            "9223372036854775807",
            "9223372036854775808",
            "1000000000000001",
            "1e400",
            "-0",
            "NaN",
            "Infinity",
            "0x10",
            "1E15",
            "99999999999999999999999999999999");

    static final List<String> BAD_DATES = List.of(
            "\"+999999999-12-31\"",
            "\"-999999999-01-01\"",
            "\"0000-01-01\"",
            "\"1899-12-31\"",
            "\"2024-02-30\"",
            "\"2024-13-01\"",
            "\"20240101\"",
            "\"2024-01-01T00:00:00Z\"",
            "\"9999-12-31\"",
            "20240101",
            "\"\"");

    static final List<String> BAD_SEGMENTS = List.of(
            "%00",
            "a%00b",
            "%01",
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid",
            "%2e%2e",
            "%252e%252e",
            "..%2f..%2fq%2fhealth",
            "%C0%AE",
            "%E2%80%AE",
            "x".repeat(3_000),
            "'%20OR%201=1",
            "-1",
            "9223372036854775808",
            "%7B%7D");

    static final List<String> BAD_IF_MATCH = List.of(
            "*", "W/\"0\"", "W/\"1\"", "\"0\"", "\"1\"", "\"2\"", "0", "\"-1\"", "\"99999999999999999999\"", "garbage");

    private final JsonNode api;
    private final Random random;
    private final String province;
    private final List<String> ids = new ArrayList<>();
    private final Set<String> seenIds = new LinkedHashSet<>();
    /** The ids of the records created by a POST to each path template, e.g. {@code /api/v1/plans}. */
    private final Map<String, List<String>> created = new LinkedHashMap<>();

    Generator(JsonNode api, Random random, String province) {
        this.api = api;
        this.random = random;
        this.province = province;
    }

    /**
     * Remembers the ids an answer names, so that later requests aim at records that exist; the id of a record a POST
     * created, under the collection it was created in.
     */
    void harvest(FuzzRequest request, JsonNode body) {
        if (request.method().equals("POST")
                && body.path("id").isTextual()
                && isUuid(body.get("id").asText())) {
            List<String> collection = created.computeIfAbsent(request.template(), k -> new ArrayList<>());
            collection.add(body.get("id").asText());
            if (collection.size() > 200) {
                collection.removeFirst();
            }
        }
        harvest(body);
    }

    private static boolean isUuid(String text) {
        return text.length() == 36 && text.charAt(8) == '-' && text.charAt(23) == '-';
    }

    /** An id created in the collection of this path template ({@code /api/v1/plans} for {@code {id}}), if any. */
    private String createdIn(String collection) {
        List<String> in = created.get(collection);
        return in == null || in.isEmpty() ? null : pickOf(in);
    }

    /** An id of a record of the kind a field names ({@code planId}: one created in a collection ending in plans). */
    private String createdOfKind(String field) {
        String kind = field.substring(0, field.length() - 2).toLowerCase();
        List<String> matching = new ArrayList<>();
        created.forEach((collection, in) -> {
            String last = collection.substring(collection.lastIndexOf('/') + 1).toLowerCase();
            if (!in.isEmpty() && !last.startsWith("{") && last.replace("-", "").startsWith(kind)) {
                matching.add(collection);
            }
        });
        return matching.isEmpty() ? null : createdIn(pickOf(matching));
    }

    void harvest(JsonNode body) {
        if (body.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if ((e.getKey().equals("id") || e.getKey().endsWith("Id"))
                        && e.getValue().isTextual()
                        && e.getValue().asText().length() == 36
                        && seenIds.add(e.getValue().asText())) {
                    ids.add(e.getValue().asText());
                    if (ids.size() > 500) {
                        seenIds.remove(ids.removeFirst());
                    }
                } else {
                    harvest(e.getValue());
                }
            }
        } else if (body.isArray()) {
            int i = 0;
            for (JsonNode n : body) {
                if (i++ > 20) {
                    break;
                }
                harvest(n);
            }
        }
    }

    FuzzRequest plausible(Operation op, String token) {
        Draft d = draft(op, token);
        return d.build("plausible");
    }

    FuzzRequest hostile(Operation op, String token) {
        Draft d = draft(op, token);
        int pick = random.nextInt(20);
        String mutation;
        switch (pick) {
            case 0, 1 -> mutation = d.replaceLeaf(hostileText(), "hostile text");
            case 2 -> mutation = d.replaceLeafRaw(pickOf(BAD_NUMBERS), "bad number");
            case 3 -> mutation = d.replaceLeafRaw(pickOf(BAD_DATES), "bad date");
            case 4 -> mutation = d.replaceLeaf(wrongType(), "wrong type");
            case 5 -> mutation = d.removeField();
            case 6 -> mutation = d.extraField();
            case 7 -> mutation = d.duplicateKey();
            case 8 -> mutation = d.rawBody(deepNesting(), "deep nesting");
            case 9 ->
                mutation = d.rawBody(
                        pickOf(List.of(
                                "",
                                "null",
                                "[]",
                                "{",
                                "{}",
                                "\"x\"",
                                "1",
                                "{\"a\":}",
                                "{} {}",
                                "{}1",
                                "\u0000",
                                "{\"a\":1,}")),
                        "odd body");
            case 10 -> mutation = d.trailingTokens();
            case 11 ->
                mutation = d.contentType(pickOf(Arrays.asList(
                        null,
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "application/json; charset=latin1",
                        "multipart/form-data",
                        "*/*",
                        "application/jso")));
            case 12 -> mutation = d.badPathSegment(pickOf(BAD_SEGMENTS));
            case 13 -> mutation = d.badQuery();
            case 14 ->
                mutation = d.header(
                        "Authorization",
                        pickOf(Arrays.asList(
                                null,
                                "Bearer",
                                "Bearer x.y.z",
                                "Basic YTpi",
                                "Bearer " + "a".repeat(9_000),
                                token + "x")));
            case 15 -> mutation = d.header("If-Match", pickOf(BAD_IF_MATCH));
            case 16 -> mutation = d.replaceLeafRaw(pickOf(BAD_NUMBERS), "bad number");
            case 17 -> mutation = d.replaceLeaf(TextNode.valueOf("x".repeat(1 << 20)), "1 MiB text");
            case 18 ->
                mutation = d.header("Accept", pickOf(List.of("application/xml", "text/html", "*/*", "image/png")));
            default -> mutation = d.replaceLeaf(hostileText(), "hostile text");
        }
        return d.build(mutation);
    }

    private JsonNode hostileText() {
        return TextNode.valueOf(pickOf(HOSTILE_TEXT));
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(7);
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.arrayNode().add(1);
            case 3 -> NODES.objectNode().put("a", 1);
            case 4 -> NODES.nullNode();
            default -> TextNode.valueOf("7");
        };
    }

    private String deepNesting() {
        int depth = 2_000 + random.nextInt(20_000);
        return random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    <T> T pickOf(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private Draft draft(Operation op, String token) {
        Draft d = new Draft(op, token);
        for (JsonNode p : op.parameters()) {
            JsonNode param = resolve(p);
            String in = param.path("in").asText();
            String name = param.path("name").asText();
            JsonNode schema = resolve(param.path("schema"));
            if (in.equals("path")) {
                String template = op.path();
                String collection = template.substring(0, Math.max(0, template.indexOf("{" + name + "}") - 1));
                String id = random.nextInt(10) != 0 ? createdIn(collection) : null;
                d.pathParams.put(name, encode(id != null ? id : text(value(schema, name, 0))));
            } else if (in.equals("query") && (param.path("required").asBoolean() || random.nextInt(3) == 0)) {
                d.query.put(name, encode(text(value(schema, name, 0))));
            } else if (in.equals("header") && name.equalsIgnoreCase("If-Match")) {
                d.headers.put("If-Match", "\"" + random.nextInt(3) + "\"");
                d.currentVersion = true;
            } else if (in.equals("header") && name.equalsIgnoreCase("Idempotency-Key")) {
                d.headers.put("Idempotency-Key", UUID.randomUUID().toString());
            }
        }
        if (!op.examples().isEmpty() && random.nextInt(10) != 0) {
            d.json = adapt(pickOf(op.examples()).deepCopy());
        } else if (op.bodySchema() != null) {
            d.json = value(resolve(op.bodySchema()), "body", 0);
        } else if (op.takesBody()) {
            d.json = NODES.objectNode();
        }
        return d;
    }

    /**
     * An example body made this run's own: the tokens' province in every province field, and ids of records this run
     * created (of the kind the field names) in place of the example's.
     */
    private JsonNode adapt(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (e.getValue().isTextual() && key.toLowerCase().contains("province")) {
                    e.setValue(TextNode.valueOf(province));
                } else if (e.getValue().isTextual()
                        && key.endsWith("Id")
                        && isUuid(e.getValue().asText())) {
                    // A record of this run, or a fresh id: the example's own would make every creation after the first
                    // a duplicate (one allocation per plan, year and source).
                    String id = createdOfKind(key);
                    e.setValue(
                            TextNode.valueOf(id != null ? id : UUID.randomUUID().toString()));
                } else {
                    adapt(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(this::adapt);
        }
        return node;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema != null && schema.has("$ref") && hops++ < 20) {
            String ref = schema.get("$ref").asText();
            schema = api.at(ref.substring(1));
        }
        return schema == null ? NODES.missingNode() : schema;
    }

    /** A plausible value of the schema: an example when it has one, else one built from its type and bounds. */
    JsonNode value(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode v = value(part, name, depth + 1);
                if (v.isObject()) {
                    merged.setAll((ObjectNode) v);
                } else {
                    return v;
                }
            }
            return merged;
        }
        for (String group : List.of("oneOf", "anyOf")) {
            if (schema.has(group) && !schema.get(group).isEmpty()) {
                List<JsonNode> options = new ArrayList<>();
                schema.get(group).forEach(o -> {
                    if (!"null".equals(resolve(o).path("type").asText())) {
                        options.add(o);
                    }
                });
                return options.isEmpty() ? NODES.nullNode() : value(pickOf(options), name, depth + 1);
            }
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = type(schema);
        if (type.equals("string") && name.toLowerCase().contains("province")) {
            return TextNode.valueOf(province); // the tokens' own: another province's record is a 403
        }
        if (!type.equals("object") && !type.equals("array") && random.nextInt(10) != 0) {
            if (schema.has("examples")
                    && schema.get("examples").isArray()
                    && !schema.get("examples").isEmpty()) {
                return schema.get("examples")
                        .get(random.nextInt(schema.get("examples").size()));
            }
            if (schema.has("example")) {
                return schema.get("example");
            }
        }
        String lower = name.toLowerCase();
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int min = schema.path("minItems").asInt(0);
                int n = depth > 4 ? min : Math.max(min, random.nextInt(3));
                for (int i = 0; i < n; i++) {
                    array.add(value(schema.path("items"), name, depth + 1));
                }
                yield array;
            }
            case "integer" -> {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
                if (lower.endsWith("vnd")) {
                    yield NODES.numberNode(Math.max(min, 1 + (long) random.nextInt(1_000_000) * 1_000));
                }
                if (lower.contains("year") || lower.startsWith("period")) {
                    yield NODES.numberNode(2024 + random.nextInt(3));
                }
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 100;
                yield NODES.numberNode(min + (long) (random.nextDouble() * Math.min(100, Math.max(0, max - min))));
            }
            case "number" -> NODES.numberNode(new java.math.BigDecimal(random.nextInt(10_000)).movePointLeft(2));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> TextNode.valueOf(string(schema, lower));
        };
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                String ofKind =
                        name.length() > 2 && name.endsWith("id") && random.nextInt(5) != 0 ? createdOfKind(name) : null;
                if (ofKind != null) {
                    return ofKind;
                }
                return !ids.isEmpty() && random.nextInt(5) != 0
                        ? pickOf(ids)
                        : UUID.randomUUID().toString();
            case "date":
                return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900)).toString();
            case "date-time":
                return "2025-0" + (1 + random.nextInt(9)) + "-15T08:00:00Z";
            default:
        }
        if (name.equals("id") || name.endsWith("id")) {
            String ofKind = name.length() > 2 && random.nextInt(5) != 0 ? createdOfKind(name) : null;
            if (ofKind != null) {
                return ofKind;
            }
            return !ids.isEmpty() && random.nextInt(5) != 0
                    ? pickOf(ids)
                    : UUID.randomUUID().toString();
        }
        if (name.contains("province")) {
            return province;
        }
        if (name.endsWith("date") || name.equals("leasestart") || name.endsWith("on")) {
            return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900)).toString();
        }
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : 40;
        String text = "Fuzz " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        return text.substring(0, Math.max(Math.min(text.length(), max), Math.min(1, max)));
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getValue().path("readOnly").asBoolean()) {
                continue;
            }
            boolean exemplified = p.getValue().has("example") || p.getValue().has("examples");
            if (required.contains(p.getKey()) || (depth < 4 && (exemplified || random.nextBoolean()))) {
                object.set(p.getKey(), value(p.getValue(), p.getKey(), depth + 1));
            }
        }
        return object;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    /** A request being built: its parts are changed by one mutation, then serialised. */
    final class Draft {
        final Operation op;
        final Map<String, String> pathParams = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        JsonNode json;
        String raw;
        String replacement;
        String contentType = "application/json";
        /** Whether If-Match must carry the current ETag of the record the path names (a valid If-Match). */
        boolean currentVersion;

        Draft(Operation op, String token) {
            this.op = op;
            headers.put("Authorization", "Bearer " + token);
            headers.put("Accept", "application/json");
            this.token = token;
        }

        final String token;

        /** The leaves of the body (and the body itself when it is one), as parent and key or index. */
        private List<Object[]> leaves() {
            List<Object[]> leaves = new ArrayList<>();
            collect(json, leaves, 0);
            return leaves;
        }

        private void collect(JsonNode node, List<Object[]> into, int depth) {
            if (node == null || depth > 10) {
                return;
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    into.add(new Object[] {node, e.getKey()});
                    collect(e.getValue(), into, depth + 1);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    into.add(new Object[] {node, i});
                    collect(node.get(i), into, depth + 1);
                }
            }
        }

        String replaceLeaf(JsonNode value, String what) {
            List<Object[]> leaves = leaves();
            if (leaves.isEmpty()) {
                return badQuery();
            }
            Object[] leaf = pickOf(leaves);
            if (leaf[0] instanceof ObjectNode o) {
                o.set((String) leaf[1], value);
                return what + " in " + leaf[1];
            }
            ((ArrayNode) leaf[0]).set((Integer) leaf[1], value);
            return what + " in an item";
        }

        String replaceLeafRaw(String rawValue, String what) {
            replacement = rawValue;
            return replaceLeaf(TextNode.valueOf(RAW), what + " " + rawValue);
        }

        String removeField() {
            List<Object[]> fields =
                    leaves().stream().filter(l -> l[0] instanceof ObjectNode).toList();
            if (fields.isEmpty()) {
                return badQuery();
            }
            Object[] f = pickOf(fields);
            ((ObjectNode) f[0]).remove((String) f[1]);
            return "missing " + f[1];
        }

        String extraField() {
            if (json instanceof ObjectNode o) {
                String name = pickOf(
                        List.of("id", "version", "status", "createdAt", "provinceCode", "admin", "__proto__", "x"));
                o.put(name, "fuzz");
                return "extra " + name;
            }
            return badQuery();
        }

        String duplicateKey() {
            if (json instanceof ObjectNode o && !o.isEmpty()) {
                String first = o.fieldNames().next();
                String text = o.toString();
                raw = "{\"" + first + "\":" + o.get(first) + "," + text.substring(1);
                return "duplicate " + first;
            }
            raw = "{\"a\":1,\"a\":2}";
            return "duplicate a";
        }

        String trailingTokens() {
            raw = (json == null ? "{}" : json.toString()) + pickOf(List.of(" 1", "{}", " x", "]", "\u0000"));
            return "trailing tokens";
        }

        String rawBody(String body, String what) {
            raw = body;
            return what;
        }

        String contentType(String type) {
            contentType = type;
            if (json == null && raw == null) {
                raw = "{}";
            }
            return "content type " + type;
        }

        String badPathSegment(String segment) {
            if (pathParams.isEmpty()) {
                return badQuery();
            }
            String name = pickOf(new ArrayList<>(pathParams.keySet()));
            pathParams.put(name, segment);
            return "path " + name + "=" + (segment.length() > 40 ? segment.substring(0, 40) + "…" : segment);
        }

        String badQuery() {
            String name =
                    pickOf(List.of("pageSize", "pageToken", "province", "q", "status", "year", "kind", "from", "x"));
            String value = pickOf(List.of(
                    "%00",
                    "-1",
                    "0",
                    "501",
                    "2147483648",
                    "9223372036854775808",
                    "1.5",
                    "NaN",
                    "%E2%80%AE",
                    "a%00b",
                    "AAAA",
                    "eyJ4IjoxfQ",
                    "%27%20OR%201=1--",
                    "x".repeat(2_000),
                    "%ZZ",
                    "04%0d%0a"));
            query.put(name, value);
            return "query " + name + "=" + (value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }

        String header(String name, String value) {
            if (name.equals("If-Match")) {
                currentVersion = false;
            }
            if (value == null) {
                headers.remove(name);
                return "no " + name;
            }
            headers.put(name, value);
            return name + ": " + (value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }

        FuzzRequest build(String mutation) {
            String path = op.path();
            for (Map.Entry<String, String> p : pathParams.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", p.getValue());
            }
            StringBuilder target = new StringBuilder(path);
            char sep = '?';
            for (Map.Entry<String, String> q : query.entrySet()) {
                target.append(sep).append(q.getKey()).append('=').append(q.getValue());
                sep = '&';
            }
            byte[] body = null;
            JsonNode sent = null;
            if (raw != null) {
                body = raw.getBytes(StandardCharsets.UTF_8);
            } else if (json != null
                    && !op.method().equals("GET")
                    && !op.method().equals("DELETE")) {
                String text = json.toString();
                if (replacement != null) {
                    text = text.replace("\"" + RAW + "\"", replacement);
                } else {
                    sent = json;
                }
                body = text.getBytes(StandardCharsets.UTF_8);
            }
            Map<String, String> h = new LinkedHashMap<>(headers);
            if (body != null && contentType != null) {
                h.put("Content-Type", contentType);
            }
            String resource = null;
            if (currentVersion && !pathParams.isEmpty()) {
                String last = pathParams.keySet().stream()
                        .map(name -> "{" + name + "}")
                        .max(java.util.Comparator.comparingInt(op.path()::indexOf))
                        .orElseThrow();
                String template = op.path().substring(0, op.path().indexOf(last) + last.length());
                resource = template;
                for (Map.Entry<String, String> p : pathParams.entrySet()) {
                    resource = resource.replace("{" + p.getKey() + "}", p.getValue());
                }
            }
            return new FuzzRequest(
                    op.method() + " " + op.path(),
                    mutation,
                    op.method(),
                    target.toString(),
                    h,
                    body,
                    sent,
                    token,
                    resource);
        }
    }

    static BigInteger big(String s) {
        return new BigInteger(s);
    }

    static ObjectMapper json() {
        return JSON;
    }
}
