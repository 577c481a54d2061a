package vn.cnnt.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rendered YAML: each document checked against the schema of its API ({@link Schemas}: unknown fields, types,
 * required fields, enums at every depth) and parsed into fabric8's typed model for the rules of {@link Rules}.
 * Kinds fabric8 does not model (Strimzi, CloudNativePG...) are {@link GenericKubernetesResource}s.
 */
record Manifests(List<HasMetadata> objects, List<String> violations) {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final YAMLMapper YAML = new YAMLMapper();

    static Manifests parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        try (MappingIterator<JsonNode> documents =
                YAML.readerFor(JsonNode.class).readValues(yaml)) {
            int index = 0;
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                index++;
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                String where =
                        "document " + index + " (" + document.path("kind").asText("?") + "/"
                                + document.path("metadata").path("name").asText("?") + ")";
                violations.addAll(Schemas.repository().validate(document, id(document)));
                placeholders(document, "", id(document), violations);
                try {
                    KubernetesResource resource =
                            SERIALIZATION.unmarshal(document.toString(), KubernetesResource.class);
                    if (!(resource instanceof HasMetadata object)) {
                        violations.add(where + ": not a Kubernetes object");
                        continue;
                    }
                    objects.add(object);
                } catch (RuntimeException e) {
                    violations.add(where + ": does not parse into the Kubernetes model: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            violations.add("the rendered YAML does not parse: " + e.getMessage());
        }
        return new Manifests(List.copyOf(objects), List.copyOf(violations));
    }

    /**
     * A value still SITE (../components/site replaces it from site.env) or still a site.env.example template
     * value in angle brackets: the overlay misses the site component or the operator copied the template.
     */
    private static void placeholders(JsonNode node, String path, String id, List<String> violations) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.equals("SITE") || text.matches("(?s).*<[^<>]+>.*") && !text.contains("\n")) {
                violations.add(id + ": " + path + " is the placeholder " + text + " (set it in site.env)");
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> placeholders(e.getValue(), path + "/" + e.getKey(), id, violations));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                placeholders(node.get(i), path + "/" + i, id, violations);
            }
        }
    }

    private static String id(JsonNode document) {
        return document.path("kind").asText("?") + "/"
                + document.path("metadata").path("name").asText("?");
    }
}
