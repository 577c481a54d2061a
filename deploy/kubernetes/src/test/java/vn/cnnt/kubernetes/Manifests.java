package vn.cnnt.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rendered YAML parsed into fabric8's typed model. fabric8 keeps fields it does not know in each object's
 * {@code additionalProperties} instead of failing, so every parsed object is walked and any such field is a
 * violation (a typo such as {@code livenesProbe} would otherwise be dropped silently by the API server).
 * Kinds fabric8 does not model (Strimzi, CloudNativePG) are {@link GenericKubernetesResource}s and are held
 * to the short lists of fields in {@link CustomResources}.
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
                try {
                    KubernetesResource resource =
                            SERIALIZATION.unmarshal(document.toString(), KubernetesResource.class);
                    if (!(resource instanceof HasMetadata object)) {
                        violations.add(where + ": not a Kubernetes object");
                        continue;
                    }
                    objects.add(object);
                    String name = Rules.id(object);
                    if (object instanceof GenericKubernetesResource custom) {
                        CustomResources.check(custom, violations);
                        unknownFields(custom.getMetadata(), name + " metadata", violations);
                    } else {
                        unknownFields(object, name, violations);
                    }
                } catch (RuntimeException e) {
                    violations.add(where + ": does not parse into the Kubernetes model: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            violations.add("the rendered YAML does not parse: " + e.getMessage());
        }
        return new Manifests(List.copyOf(objects), List.copyOf(violations));
    }

    /** Walks the typed model through its getters and reports every non-empty additionalProperties. */
    private static void unknownFields(Object node, String path, List<String> violations) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", violations);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, violations));
            return;
        }
        if (node == null || !node.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (!isModelGetter(getter)) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    violations.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else {
                unknownFields(value, path + "." + property(getter), violations);
            }
        }
    }

    private static final Set<String> NOT_FIELDS = Set.of("getClass", "getFullResourceName", "getPlural", "getSingular");

    private static boolean isModelGetter(Method m) {
        Class<?> type = m.getReturnType();
        return m.getParameterCount() == 0
                && !Modifier.isStatic(m.getModifiers())
                && m.getName().startsWith("get")
                && !NOT_FIELDS.contains(m.getName())
                && (Collection.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type)
                        || type.getPackageName().startsWith("io.fabric8"));
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
