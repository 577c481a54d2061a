package vn.cnnt.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every rendered object checked against the real schema of its API, as the API server checks it with strict
 * field validation: unknown fields, types, required fields and enum values at every depth.
 *
 * <p>The schemas are copies in src/test/resources/schemas (README.md there: where each comes from, which
 * version): the Kubernetes API's swagger definitions and the operators' CustomResourceDefinitions. Both are
 * OpenAPI, not JSON Schema, so each is adapted before networknt's validator (draft 7) reads it:
 *
 * <ul>
 *   <li>an object schema with {@code properties} gets {@code additionalProperties: false} unless it says
 *       otherwise: the API server refuses (strict validation) or drops (CRD pruning) a field it does not know;
 *       a CRD object schema without properties keeps nothing, so it is closed too;
 *   <li>{@code x-kubernetes-preserve-unknown-fields: true} keeps such a node open;
 *   <li>{@code x-kubernetes-int-or-string} and the swagger's {@code IntOrString} accept an integer or a
 *       string; {@code Quantity} a string or a number (the API server parses both);
 *   <li>{@code nullable: true} admits null; {@code x-kubernetes-embedded-resource} admits apiVersion, kind
 *       and metadata;
 *   <li>a custom resource's top-level {@code metadata} is held to the swagger's {@code ObjectMeta};
 *   <li>{@code format}, descriptions and the other {@code x-kubernetes-*} extensions are dropped (CEL rules,
 *       {@code x-kubernetes-validations}, are not checked here: the README says so).
 * </ul>
 */
final class Schemas {

    static final Path ROOT = Kustomize.MODULE.resolve("src/test/resources/schemas");

    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    private static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    private static final String LIST_MAP_KEYS = "x-cnnt-list-map-keys";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();

    /** Keywords of no use to the check; format is dropped because Kubernetes' formats are not JSON Schema's. */
    private static final Set<String> DROPPED =
            Set.of("format", "description", "example", "externalDocs", "default", "title");

    /**
     * The swagger (OpenAPI v2) names the allowed values of a field only in its description ("One of Always,
     * Never, IfNotPresent"); the API server's validation refuses any other value. The ones the suite's kinds
     * use, as enums: definition, property, values.
     */
    private static final Map<String, List<String>> ENUMS = Map.ofEntries(
            Map.entry("io.k8s.api.core.v1.Container#imagePullPolicy", List.of("Always", "IfNotPresent", "Never")),
            Map.entry(
                    "io.k8s.api.core.v1.Container#terminationMessagePolicy", List.of("File", "FallbackToLogsOnError")),
            Map.entry("io.k8s.api.core.v1.ContainerPort#protocol", List.of("TCP", "UDP", "SCTP")),
            Map.entry("io.k8s.api.core.v1.ServicePort#protocol", List.of("TCP", "UDP", "SCTP")),
            Map.entry("io.k8s.api.networking.v1.NetworkPolicyPort#protocol", List.of("TCP", "UDP", "SCTP")),
            Map.entry("io.k8s.api.networking.v1.NetworkPolicySpec#policyTypes", List.of("Ingress", "Egress")),
            Map.entry(
                    "io.k8s.api.core.v1.ServiceSpec#type",
                    List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName")),
            Map.entry("io.k8s.api.core.v1.PodSpec#restartPolicy", List.of("Always", "OnFailure", "Never")),
            Map.entry(
                    "io.k8s.api.core.v1.PodSpec#dnsPolicy",
                    List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None")),
            Map.entry("io.k8s.api.core.v1.HTTPGetAction#scheme", List.of("HTTP", "HTTPS")),
            Map.entry("io.k8s.api.core.v1.SeccompProfile#type", List.of("Localhost", "RuntimeDefault", "Unconfined")),
            Map.entry(
                    "io.k8s.api.core.v1.TopologySpreadConstraint#whenUnsatisfiable",
                    List.of("DoNotSchedule", "ScheduleAnyway")),
            Map.entry("io.k8s.api.core.v1.TopologySpreadConstraint#nodeAffinityPolicy", List.of("Honor", "Ignore")),
            Map.entry("io.k8s.api.core.v1.TopologySpreadConstraint#nodeTaintsPolicy", List.of("Honor", "Ignore")),
            Map.entry(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement#operator",
                    List.of("In", "NotIn", "Exists", "DoesNotExist")),
            Map.entry("io.k8s.api.apps.v1.DeploymentStrategy#type", List.of("Recreate", "RollingUpdate")),
            Map.entry(
                    "io.k8s.api.networking.v1.HTTPIngressPath#pathType",
                    List.of("Exact", "Prefix", "ImplementationSpecific")),
            Map.entry(
                    "io.k8s.api.policy.v1.PodDisruptionBudgetSpec#unhealthyPodEvictionPolicy",
                    List.of("IfHealthyBudget", "AlwaysAllow")),
            Map.entry(
                    "io.k8s.api.autoscaling.v2.MetricSpec#type",
                    List.of("ContainerResource", "External", "Object", "Pods", "Resource")),
            Map.entry("io.k8s.api.autoscaling.v2.MetricTarget#type", List.of("AverageValue", "Utilization", "Value")));

    private static final Schemas INSTANCE = load(ROOT);

    /** "group/version Kind" to the adapted schema (JSON Schema draft 7, definitions included). */
    private final Map<String, ObjectNode> schemas;

    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private Schemas(Map<String, ObjectNode> schemas) {
        this.schemas = schemas;
    }

    static Schemas repository() {
        return INSTANCE;
    }

    /** The violations of one rendered document, each prefixed with the object's id. */
    List<String> validate(JsonNode document, String id) {
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        String key = apiVersion + " " + kind;
        if (!schemas.containsKey(key)) {
            Set<String> served = new TreeSet<>();
            schemas.keySet().stream()
                    .filter(k -> k.endsWith(" " + kind))
                    .forEach(k -> served.add(k.substring(0, k.indexOf(' '))));
            return List.of(
                    served.isEmpty()
                            ? id + ": no schema for " + key + " in src/test/resources/schemas (add it: README.md there)"
                            : id + ": apiVersion " + apiVersion + " of " + kind + " is not served (served: "
                                    + String.join(", ", served) + ")");
        }
        JsonSchema schema = compiled.computeIfAbsent(key, k -> FACTORY.getSchema(schemas.get(k), CONFIG));
        List<String> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            violations.add(id + ": " + message.getMessage());
        }
        listMaps(document, schemas.get(key), schemas.get(key), "", id, violations);
        violations.sort(null);
        return violations;
    }

    /**
     * Lists of {@code x-kubernetes-list-type: map} (containers by name, ports by containerPort and protocol,
     * env by name, a Gateway's listeners by name...): the API server refuses two entries with the same keys,
     * which JSON Schema cannot say. Walks the document along its schema.
     */
    private static void listMaps(
            JsonNode node, JsonNode schema, JsonNode root, String path, String id, List<String> violations) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved =
                    root.path("definitions").path(resolved.get("$ref").asText().substring("#/definitions/".length()));
        }
        if (node.isArray()) {
            if (resolved.has(LIST_MAP_KEYS)) {
                Set<List<String>> seen = new java.util.HashSet<>();
                for (JsonNode item : node) {
                    List<String> keys = new ArrayList<>();
                    for (JsonNode key : resolved.get(LIST_MAP_KEYS)) {
                        JsonNode value = item.path(key.asText());
                        // The API server defaults a port's protocol to TCP before it compares.
                        keys.add(value.isMissingNode() && key.asText().equals("protocol") ? "TCP" : value.asText());
                    }
                    if (!seen.add(keys)) {
                        violations.add(id + ": " + (path.isEmpty() ? "/" : path) + ": two entries with the same "
                                + resolved.get(LIST_MAP_KEYS) + " " + keys + ", which the API server refuses");
                    }
                }
            }
            for (int i = 0; i < node.size(); i++) {
                listMaps(node.get(i), resolved.path("items"), root, path + "/" + i, id, violations);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode property = resolved.path("properties").path(field.getKey());
                if (property.isMissingNode()
                        && resolved.path("additionalProperties").isObject()) {
                    property = resolved.get("additionalProperties");
                }
                if (!property.isMissingNode()) {
                    listMaps(field.getValue(), property, root, path + "/" + field.getKey(), id, violations);
                }
            }
        }
    }

    Set<String> kinds() {
        return new TreeSet<>(schemas.keySet());
    }

    // --- Loading -------------------------------------------------------------------------------------------

    static Schemas load(Path root) {
        try {
            Map<String, ObjectNode> schemas = new TreeMap<>();
            JsonNode swagger = new ObjectMapper()
                    .readTree(root.resolve("kubernetes-1.36/swagger.json").toFile());
            ENUMS.keySet().forEach(field -> {
                String[] parts = field.split("#");
                if (!swagger.path("definitions")
                        .path(parts[0])
                        .path("properties")
                        .has(parts[1])) {
                    throw new IllegalStateException("enum of " + field + ": no such field in the swagger");
                }
            });
            ObjectNode definitions = JSON.objectNode();
            swagger.path("definitions")
                    .properties()
                    .forEach(entry -> definitions.set(entry.getKey(), definition(entry.getKey(), entry.getValue())));
            swagger.path("definitions").properties().forEach(entry -> {
                for (JsonNode gvk : entry.getValue().path("x-kubernetes-group-version-kind")) {
                    String group = gvk.path("group").asText();
                    String apiVersion = (group.isEmpty() ? "" : group + "/")
                            + gvk.path("version").asText();
                    ObjectNode schema = JSON.objectNode();
                    schema.put("$ref", "#/definitions/" + entry.getKey());
                    schema.set("definitions", definitions);
                    schemas.put(apiVersion + " " + gvk.path("kind").asText(), schema);
                }
            });
            List<Path> crds;
            try (Stream<Path> files = Files.walk(root)) {
                crds = files.filter(f -> f.toString().endsWith(".yaml"))
                        .sorted()
                        .toList();
            }
            ObjectNode metaDefinitions = closure(definitions, OBJECT_META);
            for (Path file : crds) {
                customResourceDefinitions(file, metaDefinitions, schemas);
            }
            return new Schemas(schemas);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the schemas in " + root, e);
        }
    }

    private static void customResourceDefinitions(Path file, ObjectNode metaDefinitions, Map<String, ObjectNode> into)
            throws IOException {
        try (MappingIterator<JsonNode> documents =
                new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode crd = documents.next();
                if (crd == null
                        || !"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                    continue;
                }
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (!version.path("served").asBoolean(false)) {
                        continue;
                    }
                    ObjectNode schema = (ObjectNode) crd(version.path("schema").path("openAPIV3Schema"));
                    ObjectNode properties = schema.withObject("properties");
                    properties.set("metadata", JSON.objectNode().put("$ref", "#/definitions/" + OBJECT_META));
                    schema.set("definitions", metaDefinitions);
                    into.put(group + "/" + version.path("name").asText() + " " + kind, schema);
                }
            }
        }
    }

    /** The definition and every definition it refers to, transitively. */
    private static ObjectNode closure(ObjectNode definitions, String name) {
        ObjectNode kept = JSON.objectNode();
        List<String> pending = new ArrayList<>(List.of(name));
        while (!pending.isEmpty()) {
            String next = pending.removeLast();
            if (kept.has(next)) {
                continue;
            }
            JsonNode definition = definitions.get(next);
            kept.set(next, definition);
            definition.findValuesAsText("$ref").stream()
                    .map(ref -> ref.substring("#/definitions/".length()))
                    .forEach(pending::add);
        }
        return kept;
    }

    // --- Adapters: OpenAPI of Kubernetes to JSON Schema ---------------------------------------------------

    /** A swagger definition: closed objects, and the two string types the API server also parses from numbers. */
    private static JsonNode definition(String name, JsonNode definition) {
        return switch (name) {
            case INT_OR_STRING -> types("integer", "string");
            case QUANTITY -> types("string", "number");
            default -> {
                ObjectNode adapted = (ObjectNode) adapt(definition, false);
                ENUMS.forEach((field, values) -> {
                    String[] parts = field.split("#");
                    JsonNode property = adapted.path("properties").path(parts[1]);
                    if (parts[0].equals(name) && property.isObject()) {
                        ObjectNode target =
                                property.has("items") ? (ObjectNode) property.get("items") : (ObjectNode) property;
                        ArrayNode list = target.putArray("enum");
                        values.forEach(list::add);
                    }
                });
                yield adapted;
            }
        };
    }

    private static JsonNode crd(JsonNode schema) {
        return adapt(schema, true);
    }

    private static ObjectNode types(String... types) {
        ArrayNode list = JSON.arrayNode();
        for (String type : types) {
            list.add(type);
        }
        return JSON.objectNode().set("type", list);
    }

    private static JsonNode adapt(JsonNode node, boolean crd) {
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode out = JSON.objectNode();
        Map<String, JsonNode> extensions = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("x-") || key.equals("nullable")) {
                extensions.put(key, value);
                continue;
            }
            if (DROPPED.contains(key)) {
                continue;
            }
            switch (key) {
                case "properties", "definitions", "patternProperties" -> {
                    ObjectNode adapted = JSON.objectNode();
                    value.properties().forEach(p -> adapted.set(p.getKey(), adapt(p.getValue(), crd)));
                    out.set(key, adapted);
                }
                case "items", "additionalProperties", "not" -> out.set(key, adapt(value, crd));
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode adapted = JSON.arrayNode();
                    value.forEach(v -> adapted.add(adapt(v, crd)));
                    out.set(key, adapted);
                }
                default -> out.set(key, value.deepCopy());
            }
        }
        boolean preserve = extensions
                .getOrDefault("x-kubernetes-preserve-unknown-fields", JSON.booleanNode(false))
                .asBoolean();
        if (extensions
                        .getOrDefault("x-kubernetes-int-or-string", JSON.booleanNode(false))
                        .asBoolean()
                && !out.has("type")
                && !out.has("anyOf")
                && !out.has("oneOf")) {
            out.set("type", types("integer", "string").get("type"));
        }
        if ("int-or-string".equals(node.path("format").asText())) {
            out.set("type", types("integer", "string").get("type"));
        }
        if (extensions
                .getOrDefault("x-kubernetes-embedded-resource", JSON.booleanNode(false))
                .asBoolean()) {
            ObjectNode properties = out.withObject("properties");
            properties.putIfAbsent("apiVersion", types("string"));
            properties.putIfAbsent("kind", types("string"));
            properties.putIfAbsent(
                    "metadata", JSON.objectNode().put("type", "object").put("additionalProperties", true));
        }
        // Kept for the list-map check (listMaps): entries of such a list must differ in their keys.
        if ("map"
                        .equals(extensions
                                .getOrDefault("x-kubernetes-list-type", JSON.textNode(""))
                                .asText())
                && extensions.containsKey("x-kubernetes-list-map-keys")) {
            out.set(LIST_MAP_KEYS, extensions.get("x-kubernetes-list-map-keys").deepCopy());
        }
        boolean object = "object".equals(out.path("type").asText()) || out.has("properties");
        boolean closes = crd ? object : out.has("properties");
        if (closes && !preserve && !out.has("additionalProperties")) {
            out.put("additionalProperties", false);
        }
        if (extensions.getOrDefault("nullable", JSON.booleanNode(false)).asBoolean()
                && out.path("type").isTextual()) {
            out.set("type", types(out.path("type").asText(), "null").get("type"));
        }
        return out;
    }
}
