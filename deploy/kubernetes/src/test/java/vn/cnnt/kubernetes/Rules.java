package vn.cnnt.kubernetes;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The rules a rendered overlay must meet before anyone applies it; each broken rule is one line naming the
 * object. What the rules are and why: README.md#what-the-build-checks.
 */
final class Rules {

    /** What the manifests cannot show themselves: Secrets made outside them, and the topics the code uses. */
    record Expectations(Set<String> externalSecrets, List<KafkaClients> kafkaClients) {

        static Expectations ofRepository() {
            return new Expectations(
                    externalSecrets(Kustomize.MODULE.resolve("external-secrets.txt")),
                    KafkaClients.ofRepository(Kustomize.REPOSITORY));
        }

        static Set<String> externalSecrets(Path listing) {
            try (Stream<String> lines = Files.lines(listing, StandardCharsets.UTF_8)) {
                return lines.map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(TreeSet::new, Set::add, Set::addAll);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + listing, e);
            }
        }
    }

    private static final Set<String> SUITE_COMPONENTS = Set.of("backend", "gateway");
    private static final Map<String, String> HEALTH_PATHS = Map.of(
            "startupProbe",
            "/q/health/started",
            "livenessProbe",
            "/q/health/live",
            "readinessProbe",
            "/q/health/ready");

    private final List<HasMetadata> objects;
    private final Expectations expected;
    private final List<String> violations = new ArrayList<>();
    private final Set<String> configMaps = new HashSet<>();
    private final Set<String> secrets = new HashSet<>();

    private Rules(List<HasMetadata> objects, Expectations expected) {
        this.objects = objects;
        this.expected = expected;
        configMaps.add("kube-root-ca.crt"); // published by Kubernetes in every namespace
        secrets.addAll(expected.externalSecrets());
        for (HasMetadata object : objects) {
            String name = object.getMetadata().getName();
            switch (object) {
                case ConfigMap ignored -> configMaps.add(name);
                case Secret ignored -> secrets.add(name);
                case GenericKubernetesResource custom -> secrets.addAll(secretsWrittenBy(custom));
                default -> {}
            }
        }
    }

    static List<String> check(List<HasMetadata> objects, Expectations expected) {
        Rules rules = new Rules(objects, expected);
        rules.run();
        return List.copyOf(rules.violations);
    }

    static String id(HasMetadata object) {
        return object.getKind() + "/"
                + (object.getMetadata() == null ? "?" : object.getMetadata().getName());
    }

    private void run() {
        each(Deployment.class, this::deployment);
        each(Service.class, this::service);
        each(Ingress.class, this::ingress);
        each(io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway.class, this::gateway);
        each(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class, this::httpRoute);
        each(HorizontalPodAutoscaler.class, this::autoscaler);
        each(PodDisruptionBudget.class, this::disruptionBudget);
        each(GenericKubernetesResource.class, this::operatorReferences);
        topics();
        kafkaUsers();
    }

    /** Applies a rule to every object of a type; an object too incomplete to check is a violation too. */
    private <T extends HasMetadata> void each(Class<T> type, Consumer<T> rule) {
        of(type).forEach(object -> {
            try {
                rule.accept(object);
            } catch (RuntimeException e) {
                violations.add(id(object) + ": incomplete, cannot be checked (" + e + ")");
            }
        });
    }

    // --- Workloads ----------------------------------------------------------------------------------------

    private void deployment(Deployment deployment) {
        String id = id(deployment);
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        if (!selects(deployment.getSpec().getSelector(), podLabels)) {
            violations.add(id + ": spec.selector does not match the pod template's labels");
        }
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        spreadConstraints(id, pod);
        of(HorizontalPodAutoscaler.class)
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && deployment
                                .getMetadata()
                                .getName()
                                .equals(h.getSpec().getScaleTargetRef().getName()))
                .findFirst()
                .filter(h -> deployment.getSpec().getReplicas() != null)
                .ifPresent(h -> violations.add(id + ": sets spec.replicas although " + id(h)
                        + " scales it (every apply would reset the scale; leave replicas out)"));
        boolean suiteService = podLabels != null
                && SUITE_COMPONENTS.contains(podLabels.getOrDefault("app.kubernetes.io/component", ""));
        String account = pod.getServiceAccountName();
        if (account != null
                && !account.equals("default")
                && of(ServiceAccount.class).noneMatch(named(account))) {
            violations.add(id + ": ServiceAccount " + account + " does not exist");
        }
        Set<String> volumes = new HashSet<>();
        for (Volume volume : nonNull(pod.getVolumes())) {
            volumes.add(volume.getName());
            volumeReferences(id, volume);
        }
        for (LocalObjectReference pullSecret : nonNull(pod.getImagePullSecrets())) {
            secret(id, pullSecret.getName(), "imagePullSecrets");
        }
        for (Container container : nonNull(pod.getContainers())) {
            String where = id + " container " + container.getName();
            image(where, container.getImage());
            probes(where, container, suiteService);
            resources(where, container.getResources());
            securityContext(where, pod.getSecurityContext(), container.getSecurityContext());
            environmentReferences(where, container);
            nonNull(container.getVolumeMounts()).stream()
                    .filter(mount -> !volumes.contains(mount.getName()))
                    .forEach(mount -> violations.add(
                            where + ": mounts volume " + mount.getName() + " that the pod does not declare"));
        }
        for (Container init : nonNull(pod.getInitContainers())) {
            String where = id + " init container " + init.getName();
            image(where, init.getImage());
            resources(where, init.getResources());
            securityContext(where, pod.getSecurityContext(), init.getSecurityContext());
            environmentReferences(where, init);
        }
    }

    /**
     * The API server refuses a pod template whose topology spread constraint (or pod affinity term) names a
     * key both in matchLabelKeys (or mismatchLabelKeys) and in its labelSelector, or has matchLabelKeys without
     * a labelSelector.
     */
    private void spreadConstraints(String id, PodSpec pod) {
        List<io.fabric8.kubernetes.api.model.TopologySpreadConstraint> constraints =
                nonNull(pod.getTopologySpreadConstraints());
        for (int i = 0; i < constraints.size(); i++) {
            var constraint = constraints.get(i);
            labelKeys(
                    id + ": topologySpreadConstraints[" + i + "]",
                    constraint.getLabelSelector(),
                    nonNull(constraint.getMatchLabelKeys()),
                    List.of());
        }
        var affinity = pod.getAffinity();
        if (affinity == null) {
            return;
        }
        List<io.fabric8.kubernetes.api.model.PodAffinityTerm> terms = new ArrayList<>();
        for (var podAffinity : Stream.of(affinity.getPodAffinity(), affinity.getPodAntiAffinity())
                .filter(Objects::nonNull)
                .map(a -> a instanceof io.fabric8.kubernetes.api.model.PodAffinity p
                        ? List.of(
                                nonNull(p.getRequiredDuringSchedulingIgnoredDuringExecution()),
                                nonNull(p.getPreferredDuringSchedulingIgnoredDuringExecution()).stream()
                                        .map(w -> w.getPodAffinityTerm())
                                        .toList())
                        : List.of(
                                nonNull(((io.fabric8.kubernetes.api.model.PodAntiAffinity) a)
                                        .getRequiredDuringSchedulingIgnoredDuringExecution()),
                                nonNull(((io.fabric8.kubernetes.api.model.PodAntiAffinity) a)
                                                .getPreferredDuringSchedulingIgnoredDuringExecution())
                                        .stream()
                                        .map(w -> w.getPodAffinityTerm())
                                        .toList()))
                .toList()) {
            podAffinity.forEach(terms::addAll);
        }
        for (int i = 0; i < terms.size(); i++) {
            var term = terms.get(i);
            labelKeys(
                    id + ": pod affinity term " + i,
                    term.getLabelSelector(),
                    nonNull(term.getMatchLabelKeys()),
                    nonNull(term.getMismatchLabelKeys()));
        }
    }

    private void labelKeys(String where, LabelSelector selector, List<String> matchKeys, List<String> mismatchKeys) {
        if (matchKeys.isEmpty() && mismatchKeys.isEmpty()) {
            return;
        }
        if (selector == null) {
            violations.add(where + ": matchLabelKeys without a labelSelector");
            return;
        }
        Set<String> selected = new TreeSet<>();
        if (selector.getMatchLabels() != null) {
            selected.addAll(selector.getMatchLabels().keySet());
        }
        nonNull(selector.getMatchExpressions()).forEach(e -> selected.add(e.getKey()));
        Stream.concat(matchKeys.stream(), mismatchKeys.stream())
                .filter(selected::contains)
                .distinct()
                .forEach(key -> violations.add(where + ": key " + key
                        + " is both in matchLabelKeys and in the labelSelector, which the API server refuses"));
    }

    /** A tag or a digest, never latest: what runs must be what was reviewed. */
    private void image(String where, String image) {
        if (image == null || image.isBlank()) {
            violations.add(where + ": no image");
            return;
        }
        if (image.contains("@sha256:")) {
            return;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            violations.add(where + ": image " + image + " has no tag");
        } else if (image.substring(colon + 1).equals("latest")) {
            violations.add(where + ": image " + image + " uses the tag latest");
        }
    }

    private void probes(String where, Container container, boolean suiteService) {
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        probes.put("startupProbe", container.getStartupProbe());
        probes.put("livenessProbe", container.getLivenessProbe());
        probes.put("readinessProbe", container.getReadinessProbe());
        probes.forEach((kind, probe) -> {
            if (probe == null) {
                violations.add(where + ": no " + kind);
                return;
            }
            HTTPGetAction http = probe.getHttpGet();
            IntOrString port = http != null
                    ? http.getPort()
                    : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort() : null;
            if (port != null && !exposes(List.of(container), port)) {
                violations.add(
                        where + ": " + kind + " uses port " + show(port) + " that the container does not expose");
            }
            if (suiteService && (http == null || !HEALTH_PATHS.get(kind).equals(http.getPath()))) {
                violations.add(where + ": " + kind + " must be an HTTP GET of " + HEALTH_PATHS.get(kind));
            }
        });
    }

    private void resources(String where, ResourceRequirements resources) {
        Map<String, ?> requests = resources == null ? null : resources.getRequests();
        Map<String, ?> limits = resources == null ? null : resources.getLimits();
        if (requests == null || !requests.containsKey("cpu") || !requests.containsKey("memory")) {
            violations.add(where + ": resources.requests needs cpu and memory");
        }
        if (limits == null || !limits.containsKey("memory")) {
            violations.add(where + ": resources.limits needs memory");
        }
    }

    private void securityContext(String where, PodSecurityContext pod, SecurityContext container) {
        Boolean runAsNonRoot = container != null && container.getRunAsNonRoot() != null
                ? container.getRunAsNonRoot()
                : pod != null ? pod.getRunAsNonRoot() : null;
        if (!Boolean.TRUE.equals(runAsNonRoot)) {
            violations.add(where + ": securityContext.runAsNonRoot must be true");
        }
        if (container == null || !Boolean.TRUE.equals(container.getReadOnlyRootFilesystem())) {
            violations.add(where + ": securityContext.readOnlyRootFilesystem must be true");
        }
        if (container == null || !Boolean.FALSE.equals(container.getAllowPrivilegeEscalation())) {
            violations.add(where + ": securityContext.allowPrivilegeEscalation must be false");
        }
        Capabilities capabilities = container == null ? null : container.getCapabilities();
        if (capabilities == null || !nonNull(capabilities.getDrop()).contains("ALL")) {
            violations.add(where + ": securityContext.capabilities.drop must contain ALL");
        }
    }

    private void environmentReferences(String where, Container container) {
        for (var source : nonNull(container.getEnvFrom())) {
            if (source.getConfigMapRef() != null
                    && !Boolean.TRUE.equals(source.getConfigMapRef().getOptional())) {
                configMap(where, source.getConfigMapRef().getName(), "envFrom");
            }
            if (source.getSecretRef() != null
                    && !Boolean.TRUE.equals(source.getSecretRef().getOptional())) {
                secret(where, source.getSecretRef().getName(), "envFrom");
            }
        }
        for (var variable : nonNull(container.getEnv())) {
            var from = variable.getValueFrom();
            if (from == null) {
                continue;
            }
            if (from.getConfigMapKeyRef() != null
                    && !Boolean.TRUE.equals(from.getConfigMapKeyRef().getOptional())) {
                configMap(where, from.getConfigMapKeyRef().getName(), "env " + variable.getName());
            }
            if (from.getSecretKeyRef() != null
                    && !Boolean.TRUE.equals(from.getSecretKeyRef().getOptional())) {
                secret(where, from.getSecretKeyRef().getName(), "env " + variable.getName());
            }
        }
    }

    private void volumeReferences(String id, Volume volume) {
        String what = "volume " + volume.getName();
        if (volume.getConfigMap() != null
                && !Boolean.TRUE.equals(volume.getConfigMap().getOptional())) {
            configMap(id, volume.getConfigMap().getName(), what);
        }
        if (volume.getSecret() != null
                && !Boolean.TRUE.equals(volume.getSecret().getOptional())) {
            secret(id, volume.getSecret().getSecretName(), what);
        }
        if (volume.getProjected() != null) {
            for (VolumeProjection source : nonNull(volume.getProjected().getSources())) {
                if (source.getConfigMap() != null
                        && !Boolean.TRUE.equals(source.getConfigMap().getOptional())) {
                    configMap(id, source.getConfigMap().getName(), what);
                }
                if (source.getSecret() != null
                        && !Boolean.TRUE.equals(source.getSecret().getOptional())) {
                    secret(id, source.getSecret().getName(), what);
                }
            }
        }
    }

    private void configMap(String where, String name, String what) {
        if (!configMaps.contains(name)) {
            violations.add(where + ": " + what + " refers to ConfigMap " + name + " that does not exist");
        }
    }

    private void secret(String where, String name, String what) {
        if (!secrets.contains(name)) {
            violations.add(where + ": " + what + " refers to Secret " + name
                    + " that is neither in the manifests, nor written by an operator, nor in external-secrets.txt");
        }
    }

    // --- Network names ------------------------------------------------------------------------------------

    private void service(Service service) {
        String id = id(service);
        Map<String, String> selector = service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) {
            violations.add(id + ": no selector");
            return;
        }
        List<Container> containers = of(Deployment.class)
                .filter(d -> matches(
                        selector, d.getSpec().getTemplate().getMetadata().getLabels()))
                .flatMap(d -> nonNull(d.getSpec().getTemplate().getSpec().getContainers()).stream())
                .toList();
        if (containers.isEmpty()) {
            violations.add(id + ": selector " + selector + " selects no pod");
            return;
        }
        for (ServicePort port : nonNull(service.getSpec().getPorts())) {
            IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
            if (!exposes(containers, target)) {
                violations.add(id + ": port " + port.getPort() + " targets " + show(target)
                        + ", which no container of the selected pods exposes");
            }
        }
    }

    private void ingress(Ingress ingress) {
        String id = id(ingress);
        List<IngressTLS> tls = nonNull(ingress.getSpec().getTls());
        if (tls.isEmpty()) {
            violations.add(id + ": no TLS");
        }
        tls.forEach(entry -> secret(id, entry.getSecretName(), "tls"));
        nonNull(ingress.getSpec().getRules()).stream()
                .filter(rule -> rule.getHttp() != null)
                .flatMap(rule -> nonNull(rule.getHttp().getPaths()).stream())
                .map(path -> path.getBackend().getService())
                .filter(Objects::nonNull)
                .forEach(backend -> ingressBackend(id, backend));
    }

    private void ingressBackend(String id, IngressServiceBackend backend) {
        var service = of(Service.class).filter(named(backend.getName())).findFirst();
        if (service.isEmpty()) {
            violations.add(id + ": routes to Service " + backend.getName() + " that does not exist");
            return;
        }
        String portName = backend.getPort().getName();
        Integer portNumber = backend.getPort().getNumber();
        boolean found = nonNull(service.get().getSpec().getPorts()).stream()
                .anyMatch(
                        p -> portName != null ? portName.equals(p.getName()) : Objects.equals(portNumber, p.getPort()));
        if (!found) {
            violations.add(id + ": routes to port " + (portName != null ? portName : portNumber) + " that Service "
                    + backend.getName() + " does not have");
        }
    }

    /** A Gateway's HTTPS listeners terminate TLS with a certificate Secret that exists or is written for them. */
    private void gateway(io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway gateway) {
        String id = id(gateway);
        for (var listener : nonNull(gateway.getSpec().getListeners())) {
            if ("HTTPS".equals(listener.getProtocol())) {
                var tls = listener.getTls();
                if (tls == null || nonNull(tls.getCertificateRefs()).isEmpty()) {
                    violations.add(id + ": listener " + listener.getName() + " is HTTPS without a certificate");
                } else {
                    tls.getCertificateRefs()
                            .forEach(ref -> secret(id, ref.getName(), "listener " + listener.getName()));
                }
            }
        }
    }

    /** An HTTPRoute attaches to a listener of a Gateway of the namespace and routes to a Service's port. */
    private void httpRoute(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute route) {
        String id = id(route);
        var parents = nonNull(route.getSpec().getParentRefs());
        if (parents.isEmpty()) {
            violations.add(id + ": attaches to no Gateway");
        }
        for (var parent : parents) {
            var gateway = of(io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway.class)
                    .filter(named(parent.getName()))
                    .findFirst();
            if (gateway.isEmpty()) {
                violations.add(id + ": attaches to Gateway " + parent.getName() + ", which does not exist");
            } else if (parent.getSectionName() != null
                    && nonNull(gateway.get().getSpec().getListeners()).stream()
                            .noneMatch(l -> parent.getSectionName().equals(l.getName()))) {
                violations.add(id + ": attaches to listener " + parent.getSectionName() + ", which Gateway "
                        + parent.getName() + " does not have");
            }
        }
        for (var rule : nonNull(route.getSpec().getRules())) {
            for (var backend : nonNull(rule.getBackendRefs())) {
                var service = of(Service.class).filter(named(backend.getName())).findFirst();
                if (service.isEmpty()) {
                    violations.add(id + ": routes to Service " + backend.getName() + " that does not exist");
                } else if (nonNull(service.get().getSpec().getPorts()).stream()
                        .noneMatch(p -> Objects.equals(p.getPort(), backend.getPort()))) {
                    violations.add(id + ": routes to port " + backend.getPort() + " that Service " + backend.getName()
                            + " does not have");
                }
            }
        }
    }

    private void autoscaler(HorizontalPodAutoscaler autoscaler) {
        var target = autoscaler.getSpec().getScaleTargetRef();
        if (!"Deployment".equals(target.getKind()) || of(Deployment.class).noneMatch(named(target.getName()))) {
            violations.add(id(autoscaler) + ": scales " + target.getKind() + "/" + target.getName()
                    + ", which does not exist");
        }
    }

    private void disruptionBudget(PodDisruptionBudget budget) {
        LabelSelector selector = budget.getSpec().getSelector();
        boolean selectsAny = of(Deployment.class)
                .anyMatch(d -> selects(
                        selector, d.getSpec().getTemplate().getMetadata().getLabels()));
        if (!selectsAny) {
            violations.add(id(budget) + ": selector " + (selector == null ? null : selector.getMatchLabels())
                    + " selects no pod");
        }
    }

    // --- Operators' resources ----------------------------------------------------------------------------

    /** The Secrets Strimzi and CloudNativePG write for their resources, which pods may refer to. */
    private static List<String> secretsWrittenBy(GenericKubernetesResource resource) {
        String name = resource.getMetadata().getName();
        return switch (resource.getKind()) {
            case "Kafka" ->
                List.of(
                        name + "-cluster-ca-cert",
                        name + "-cluster-ca",
                        name + "-clients-ca-cert",
                        name + "-clients-ca");
            case "KafkaUser" -> List.of(name);
            case "Cluster" ->
                List.of(name + "-ca", name + "-app", name + "-superuser", name + "-server", name + "-replication");
            default -> List.of();
        };
    }

    private void operatorReferences(GenericKubernetesResource resource) {
        String id = id(resource);
        Object spec = resource.getAdditionalProperties().get("spec");
        Consumer<Object> secretAt = name -> {
            if (name != null) {
                secret(id, String.valueOf(name), "spec");
            }
        };
        switch (resource.getKind()) {
            case "Cluster" -> {
                secretAt.accept(CustomResources.at(spec, "bootstrap.initdb.secret.name"));
                secretAt.accept(CustomResources.at(spec, "superuserSecret.name"));
                if (CustomResources.at(spec, "managed.roles") instanceof List<?> roles) {
                    roles.forEach(role -> secretAt.accept(CustomResources.at(role, "passwordSecret.name")));
                }
                if (CustomResources.at(spec, "plugins") instanceof List<?> plugins) {
                    plugins.stream()
                            .map(p -> CustomResources.at(p, "parameters.barmanObjectName"))
                            .filter(Objects::nonNull)
                            .forEach(store -> custom("ObjectStore", String.valueOf(store), id));
                }
            }
            case "ObjectStore" -> {
                secretAt.accept(CustomResources.at(spec, "configuration.s3Credentials.accessKeyId.name"));
                secretAt.accept(CustomResources.at(spec, "configuration.s3Credentials.secretAccessKey.name"));
            }
            case "Database", "ScheduledBackup", "Pooler" ->
                custom("Cluster", String.valueOf(CustomResources.at(spec, "cluster.name")), id);
            case "KafkaTopic", "KafkaUser", "KafkaNodePool" -> {
                Map<String, String> labels = resource.getMetadata().getLabels();
                custom(
                        "Kafka",
                        labels == null ? "(no strimzi.io/cluster label)" : labels.get("strimzi.io/cluster"),
                        id);
            }
            default -> {}
        }
    }

    private void custom(String kind, String name, String referrer) {
        boolean exists = of(GenericKubernetesResource.class)
                .anyMatch(r ->
                        r.getKind().equals(kind) && r.getMetadata().getName().equals(name));
        if (!exists) {
            violations.add(referrer + ": refers to " + kind + " " + name + ", which does not exist");
        }
    }

    /** Topics are created only as KafkaTopics (auto.create.topics.enable is false). */
    private void topics() {
        Set<String> declared = new HashSet<>();
        kafka("KafkaTopic").forEach(topic -> {
            Object name = CustomResources.at(topic.getAdditionalProperties().get("spec"), "topicName");
            declared.add(
                    name != null ? String.valueOf(name) : topic.getMetadata().getName());
        });
        for (KafkaClients client : expected.kafkaClients()) {
            client.topics().stream()
                    .filter(topic -> !declared.contains(topic))
                    .forEach(topic ->
                            violations.add("topic " + topic + " (used by " + client.service() + ") has no KafkaTopic"));
        }
    }

    /** Each service writes its own topic and its dead-letter topics, and reads what it consumes, nothing more. */
    private void kafkaUsers() {
        Set<String> eventTopics = new TreeSet<>();
        expected.kafkaClients().forEach(client -> eventTopics.addAll(client.produces()));
        for (KafkaClients client : expected.kafkaClients()) {
            var user = kafka("KafkaUser").filter(named(client.service())).findFirst();
            if (user.isEmpty()) {
                violations.add(client.service() + " uses Kafka but has no KafkaUser");
                continue;
            }
            String id = id(user.get());
            List<Acl> acls = acls(user.get());
            Stream.concat(client.produces().stream(), client.deadLetters().stream())
                    .filter(topic -> !Acl.allow(acls, "topic", topic, "Write"))
                    .forEach(topic ->
                            violations.add(id + ": may not write topic " + topic + ", which the service writes"));
            client.consumes().stream()
                    .filter(topic -> !Acl.allow(acls, "topic", topic, "Read"))
                    .forEach(topic ->
                            violations.add(id + ": may not read topic " + topic + ", which the service consumes"));
            if (!client.consumes().isEmpty() && !Acl.allow(acls, "group", client.service(), "Read")) {
                violations.add(id + ": may not use consumer group " + client.service());
            }
            eventTopics.stream()
                    .filter(topic -> !client.produces().contains(topic))
                    .filter(topic -> Acl.allow(acls, "topic", topic, "Write"))
                    .forEach(topic -> violations.add(id + ": may write " + topic + ", another service's topic"));
        }
    }

    /**
     * One rule of a KafkaUser's simple authorization. It covers what Kafka applies it to: operation All covers
     * every operation, the literal name * every resource of its type, patternType prefix every name that
     * starts with its name.
     */
    private record Acl(boolean deny, String type, String name, boolean prefix, Set<String> operations) {

        boolean covers(String resourceType, String resourceName, String operation) {
            boolean resource = type.equalsIgnoreCase(resourceType)
                    && (prefix ? resourceName.startsWith(name) : name.equals("*") || name.equals(resourceName));
            return resource
                    && operations.stream().anyMatch(op -> op.equalsIgnoreCase("All") || op.equalsIgnoreCase(operation));
        }

        /** As Kafka decides: some rule allows it and no rule denies it. */
        static boolean allow(List<Acl> acls, String resourceType, String resourceName, String operation) {
            return acls.stream().anyMatch(acl -> !acl.deny() && acl.covers(resourceType, resourceName, operation))
                    && acls.stream().noneMatch(acl -> acl.deny() && acl.covers(resourceType, resourceName, operation));
        }
    }

    private static List<Acl> acls(GenericKubernetesResource user) {
        List<Acl> rules = new ArrayList<>();
        Object acls = CustomResources.at(user.getAdditionalProperties().get("spec"), "authorization.acls");
        if (acls instanceof List<?> list) {
            for (Object acl : list) {
                Set<String> operations = new TreeSet<>();
                if (CustomResources.at(acl, "operations") instanceof List<?> ops) {
                    ops.forEach(op -> operations.add(String.valueOf(op)));
                }
                rules.add(new Acl(
                        "deny".equalsIgnoreCase(Objects.toString(CustomResources.at(acl, "type"), "allow")),
                        Objects.toString(CustomResources.at(acl, "resource.type"), ""),
                        Objects.toString(CustomResources.at(acl, "resource.name"), ""),
                        "prefix"
                                .equalsIgnoreCase(
                                        Objects.toString(CustomResources.at(acl, "resource.patternType"), "literal")),
                        operations));
            }
        }
        return rules;
    }

    // --- Helpers ------------------------------------------------------------------------------------------

    private <T extends HasMetadata> Stream<T> of(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }

    private Stream<GenericKubernetesResource> kafka(String kind) {
        return of(GenericKubernetesResource.class).filter(r -> r.getKind().equals(kind));
    }

    private static java.util.function.Predicate<HasMetadata> named(String name) {
        return object -> object.getMetadata().getName().equals(name);
    }

    private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return labels != null
                && selector.entrySet().stream()
                        .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
    }

    /**
     * Whether a label selector (matchLabels and matchExpressions) selects these labels; an empty or missing
     * selector selects nothing here (the workloads and budgets of the suite always name their pods).
     */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null
                || (nonNull(selector.getMatchExpressions()).isEmpty()
                        && (selector.getMatchLabels() == null
                                || selector.getMatchLabels().isEmpty()))) {
            return false;
        }
        Map<String, String> have = labels == null ? Map.of() : labels;
        if (selector.getMatchLabels() != null && !matches(selector.getMatchLabels(), have)) {
            return false;
        }
        for (LabelSelectorRequirement requirement : nonNull(selector.getMatchExpressions())) {
            String value = have.get(requirement.getKey());
            List<String> values = nonNull(requirement.getValues());
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean exposes(List<Container> containers, IntOrString port) {
        return containers.stream()
                .flatMap(c -> nonNull(c.getPorts()).stream())
                .anyMatch((ContainerPort p) -> port.getStrVal() != null
                        ? port.getStrVal().equals(p.getName())
                        : port.getIntVal().equals(p.getContainerPort()));
    }

    private static String show(IntOrString port) {
        return port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
