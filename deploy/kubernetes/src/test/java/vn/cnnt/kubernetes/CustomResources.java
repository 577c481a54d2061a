package vn.cnnt.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operators' kinds, which fabric8 does not model: the apiVersion must be the one the runbook's operator
 * versions serve, and spec (and a few nested objects) may only hold the fields listed here, taken from the
 * operators' CRD references. A field not listed is far more often a typo or a field of another API version
 * than a new feature; add it here when you use one on purpose.
 */
final class CustomResources {

    private record Shape(String apiVersion, Map<String, Set<String>> fields) {}

    /** kind -> apiVersion and, per path ("spec", "spec.kafka"...), the allowed field names. */
    private static final Map<String, Shape> SHAPES = Map.of(
            "Kafka",
                    new Shape(
                            "kafka.strimzi.io/v1",
                            Map.of(
                                    "spec",
                                            Set.of(
                                                    "kafka",
                                                    "entityOperator",
                                                    "clusterCa",
                                                    "clientsCa",
                                                    "cruiseControl",
                                                    "kafkaExporter",
                                                    "maintenanceTimeWindows"),
                                    "spec.kafka",
                                            Set.of(
                                                    "version",
                                                    "metadataVersion",
                                                    "listeners",
                                                    "config",
                                                    "authorization",
                                                    "authentication",
                                                    "rack",
                                                    "brokerRackInitImage",
                                                    "image",
                                                    "logging",
                                                    "metricsConfig",
                                                    "template",
                                                    "quotas",
                                                    "tieredStorage",
                                                    "resources",
                                                    "jvmOptions",
                                                    "livenessProbe",
                                                    "readinessProbe"),
                                    "spec.entityOperator",
                                            Set.of("topicOperator", "userOperator", "template", "tlsSidecar"))),
            "KafkaNodePool",
                    new Shape(
                            "kafka.strimzi.io/v1",
                            Map.of(
                                    "spec",
                                    Set.of("replicas", "roles", "storage", "resources", "jvmOptions", "template"))),
            "KafkaTopic",
                    new Shape(
                            "kafka.strimzi.io/v1",
                            Map.of("spec", Set.of("topicName", "partitions", "replicas", "config"))),
            "KafkaUser",
                    new Shape(
                            "kafka.strimzi.io/v1",
                            Map.of("spec", Set.of("authentication", "authorization", "quotas", "template"))),
            "Cluster",
                    new Shape(
                            "postgresql.cnpg.io/v1",
                            Map.of(
                                    "spec",
                                    Set.of(
                                            "instances",
                                            "imageName",
                                            "imageCatalogRef",
                                            "primaryUpdateStrategy",
                                            "primaryUpdateMethod",
                                            "storage",
                                            "walStorage",
                                            "resources",
                                            "postgresql",
                                            "affinity",
                                            "bootstrap",
                                            "managed",
                                            "plugins",
                                            "backup",
                                            "monitoring",
                                            "enableSuperuserAccess",
                                            "superuserSecret",
                                            "description",
                                            "inheritedMetadata",
                                            "minSyncReplicas",
                                            "maxSyncReplicas",
                                            "certificates",
                                            "externalClusters",
                                            "replica",
                                            "topologySpreadConstraints",
                                            "enablePDB",
                                            "startDelay",
                                            "stopDelay",
                                            "switchoverDelay",
                                            "smartShutdownTimeout",
                                            "failoverDelay",
                                            "env",
                                            "envFrom",
                                            "priorityClassName",
                                            "serviceAccountTemplate"))),
            "Database",
                    new Shape(
                            "postgresql.cnpg.io/v1",
                            Map.of(
                                    "spec",
                                    Set.of(
                                            "cluster",
                                            "name",
                                            "owner",
                                            "ensure",
                                            "databaseReclaimPolicy",
                                            "encoding",
                                            "locale",
                                            "template",
                                            "extensions",
                                            "schemas"))),
            "ScheduledBackup",
                    new Shape(
                            "postgresql.cnpg.io/v1",
                            Map.of(
                                    "spec",
                                    Set.of(
                                            "schedule",
                                            "immediate",
                                            "suspend",
                                            "backupOwnerReference",
                                            "cluster",
                                            "method",
                                            "pluginConfiguration",
                                            "target",
                                            "online"))),
            "ObjectStore",
                    new Shape(
                            "barmancloud.cnpg.io/v1",
                            Map.of(
                                    "spec",
                                    Set.of("configuration", "retentionPolicy", "instanceSidecarConfiguration"))));

    private CustomResources() {}

    static void check(GenericKubernetesResource resource, List<String> violations) {
        String id = Rules.id(resource);
        Shape shape = SHAPES.get(resource.getKind());
        if (shape == null) {
            violations.add(id + ": kind " + resource.getApiVersion() + " " + resource.getKind()
                    + " is neither in the typed model nor a known operator kind");
            return;
        }
        if (!shape.apiVersion().equals(resource.getApiVersion())) {
            violations.add(id + ": apiVersion " + resource.getApiVersion() + ", expected " + shape.apiVersion());
        }
        // Everything besides apiVersion, kind and metadata: spec is the only other top-level field written.
        Set<String> topLevel = new TreeSet<>(resource.getAdditionalProperties().keySet());
        topLevel.remove("spec");
        if (!topLevel.isEmpty()) {
            violations.add(id + ": unknown field(s) " + topLevel);
        }
        shape.fields().forEach((path, allowed) -> {
            Object node = at(resource.getAdditionalProperties().get("spec"), path.substring("spec".length()));
            if (node instanceof Map<?, ?> map) {
                Set<String> unknown = new TreeSet<>();
                map.keySet().forEach(key -> {
                    if (!allowed.contains(String.valueOf(key))) {
                        unknown.add(String.valueOf(key));
                    }
                });
                if (!unknown.isEmpty()) {
                    violations.add(id + ": unknown field(s) " + unknown + " in " + path);
                }
            } else if (path.equals("spec")) {
                violations.add(id + ": no spec");
            }
        });
    }

    /** The value at a dotted path (".kafka") below node, or null. */
    static Object at(Object node, String dottedPath) {
        Object current = node;
        for (String key : dottedPath.split("\\.")) {
            if (key.isEmpty()) {
                continue;
            }
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
