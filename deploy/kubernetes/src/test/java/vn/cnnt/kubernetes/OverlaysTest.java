package vn.cnnt.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every overlay renders to objects that meet the rules; the rendered YAML is kept in target/rendered. */
class OverlaysTest {

    private static final Path RENDERED = Path.of(System.getProperty("cnnt.rendered.dir", "target/rendered"));
    private static final Map<String, Manifests> CACHE = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void shouldRenderAnOverlayThatMeetsEveryRule(String overlay) {
        Manifests manifests = rendered(overlay);

        List<String> violations = new ArrayList<>(manifests.violations());
        violations.addAll(Rules.check(manifests.objects(), Rules.Expectations.ofRepository()));

        assertThat(manifests.objects()).isNotEmpty();
        assertThat(violations)
                .as("rule violations in overlay %s (rendered: %s)", overlay, RENDERED.resolve(overlay + ".yaml"))
                .isEmpty();
    }

    @Test
    void shouldRunProductionRedundantly() {
        List<HasMetadata> prod = rendered("prod").objects();

        // The HPAs own the replicas of the gateway and the services; the collector has no HPA.
        assertThat(of(prod, Deployment.class)
                        .map(d -> d.getMetadata().getName() + "=" + d.getSpec().getReplicas()))
                .containsExactlyInAnyOrder(
                        "gateway=null",
                        "plans-service=null",
                        "funding-service=null",
                        "ocop-service=null",
                        "cluster-service=null",
                        "otel-collector=2");
        assertThat(of(prod, HorizontalPodAutoscaler.class))
                .hasSize(5)
                .allSatisfy(h -> assertThat(h.getSpec().getMinReplicas()).isEqualTo(2));
        assertThat(spec(custom(prod, "KafkaNodePool", "broker"), "replicas")).isEqualTo(3);
        Object kafkaConfig = spec(custom(prod, "Kafka", "cnnt"), "kafka.config");
        assertThat(((Map<?, ?>) kafkaConfig).get("default.replication.factor")).isEqualTo(3);
        assertThat(((Map<?, ?>) kafkaConfig).get("min.insync.replicas")).isEqualTo(2);
        assertThat(customs(prod, "KafkaTopic")).hasSize(8).allSatisfy(topic -> {
            assertThat(spec(topic, "replicas")).isEqualTo(3);
            assertThat(((Map<?, ?>) spec(topic, "config")).get("min.insync.replicas"))
                    .isEqualTo(2);
        });
        assertThat(spec(custom(prod, "Cluster", "cnnt-postgres"), "instances")).isEqualTo(3);
        assertThat(customs(prod, "Database"))
                .extracting(db -> spec(db, "name"))
                .containsExactlyInAnyOrder("plans", "funding", "ocop", "cluster");
        assertThat(customs(prod, "ScheduledBackup")).hasSize(1);
        assertThat(spec(custom(prod, "Pooler", "cnnt-pooler-rw"), "pgbouncer.poolMode"))
                .isEqualTo("transaction");
    }

    @Test
    void shouldRunDevelopmentSmall() {
        List<HasMetadata> dev = rendered("dev").objects();

        assertThat(of(dev, Deployment.class))
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isIn(null, 1));
        assertThat(of(dev, HorizontalPodAutoscaler.class))
                .hasSize(5)
                .allSatisfy(h -> assertThat(h.getSpec().getMinReplicas()).isEqualTo(1));
        assertThat(spec(custom(dev, "KafkaNodePool", "broker"), "replicas")).isEqualTo(1);
        assertThat(customs(dev, "KafkaTopic"))
                .allSatisfy(topic -> assertThat(spec(topic, "replicas")).isEqualTo(1));
        assertThat(spec(custom(dev, "Cluster", "cnnt-postgres"), "instances")).isEqualTo(1);
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void shouldDenyAllTrafficThatIsNotAllowed(String overlay) {
        List<NetworkPolicy> policies =
                of(rendered(overlay).objects(), NetworkPolicy.class).toList();

        assertThat(policies).anySatisfy(p -> {
            assertThat(p.getMetadata().getName()).isEqualTo("default-deny");
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
            assertThat(p.getSpec().getEgress()).isNullOrEmpty();
        });
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void shouldLetCertificatesDnsAndKafkaClientsThroughTheDefaultDeny(String overlay) {
        Map<String, NetworkPolicy> policies = of(rendered(overlay).objects(), NetworkPolicy.class)
                .collect(java.util.stream.Collectors.toMap(p -> p.getMetadata().getName(), p -> p));

        // cert-manager's HTTP-01 solver is reachable from wherever the Gateway's proxies run.
        var solver = policies.get("acme-http01-solver");
        assertThat(solver.getSpec().getPodSelector().getMatchLabels())
                .containsEntry("acme.cert-manager.io/http01-solver", "true");
        assertThat(solver.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).isNullOrEmpty();
            assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(8089);
        });
        // DNS to any resolver: kube-dns, NodeLocal DNSCache's link-local address, OpenShift's 5353.
        assertThat(policies.get("allow-dns").getSpec().getEgress())
                .singleElement()
                .satisfies(rule -> {
                    assertThat(rule.getTo()).isNullOrEmpty();
                    assertThat(rule.getPorts())
                            .extracting(p -> p.getProtocol() + "/" + p.getPort().getIntVal())
                            .contains("UDP/53", "TCP/53", "UDP/5353", "TCP/5353");
                });
        // The fallback kafka.yaml promises: the services reach the tls listener without Strimzi's policies.
        assertThat(policies.get("kafka-fallback").getSpec().getIngress()).anySatisfy(rule -> {
            assertThat(rule.getFrom())
                    .anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                            .containsEntry("app.kubernetes.io/component", "backend"));
            assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(9093);
        });
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void shouldRollThePodsWhenTheirSettingsChange(String overlay) {
        // Every ConfigMap the gateway and the services read is generated: its name carries a content hash.
        assertThat(of(rendered(overlay).objects(), Deployment.class)
                        .filter(d -> !d.getMetadata().getName().equals("otel-collector"))
                        .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                        .flatMap(c -> c.getEnvFrom().stream())
                        .filter(e -> e.getConfigMapRef() != null)
                        .map(e -> e.getConfigMapRef().getName()))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).matches(".+-[a-z0-9]{10}"));
    }

    @Test
    void shouldBackUpNightlyAt2InVietnamTime() {
        // CloudNativePG reads the schedule in UTC; 19:00 UTC is 02:00 in Việt Nam (UTC+7, no summer time).
        assertThat(spec(custom(rendered("prod").objects(), "ScheduledBackup", "cnnt-postgres-daily"), "schedule"))
                .isEqualTo("0 0 19 * * *");
        assertThat(spec(
                        custom(rendered("prod").objects(), "ObjectStore", "cnnt-backups"),
                        "configuration.data.encryption"))
                .isEqualTo("AES256");
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void shouldRefuseToRenderWithoutTheSiteSettings(String overlay) {
        Path directory = Kustomize.MODULE.resolve("overlays").resolve(overlay);
        assumeFalse(Files.exists(directory.resolve("site.env")), "an operator's site.env is in " + directory);

        assertThatThrownBy(() -> Kustomize.render(directory))
                .hasMessageContaining("kubectl kustomize")
                .hasMessageContaining("site.env");
    }

    @Test
    void shouldRefuseToRenderWhenASiteSettingIsMissing() throws IOException {
        Path copy = Kustomize.workingCopy("prod-missing-key");
        List<String> settings = Files.readAllLines(Kustomize.MODULE.resolve("src/test/resources/site/prod.env"));
        Files.write(
                copy.resolve("overlays/prod/site.env"),
                settings.stream().filter(l -> !l.startsWith("OIDC_ISSUER=")).toList());

        assertThatThrownBy(() -> Kustomize.render(copy.resolve("overlays/prod")))
                .hasMessageContaining("data.OIDC_ISSUER");
    }

    @Test
    void shouldTakeEverySiteSettingFromSiteEnv() {
        String prod = Kustomize.renderWithSite("prod");

        assertThat(prod)
                .contains("image: registry.example.gov.vn/cnnt/funding-service:1.0.0")
                .contains("MP_JWT_VERIFY_ISSUER: https://sso.example.gov.vn/realms/cnnt")
                .contains("QUARKUS_HTTP_CORS_ORIGINS: https://portal.example.gov.vn")
                .contains("gatewayClassName: example-gateway-class")
                .contains("endpointURL: https://s3.example.gov.vn")
                .doesNotContain("name: cnnt-site")
                .doesNotContain("image: cnnt/");
    }

    @Test
    void shouldExposeTheGatewayThroughTheOptionalIngressComponent() throws IOException {
        Path copy = Kustomize.workingCopy("prod-ingress");
        Path overlay = copy.resolve("overlays/prod");
        Path kustomization = overlay.resolve("kustomization.yaml");
        Files.writeString(
                kustomization,
                Files.readString(kustomization)
                        .replace(
                                "  - ../../components/postgres-backup\n",
                                "  - ../../components/postgres-backup\n  - ../../components/ingress\n"));
        Files.writeString(
                overlay.resolve("site.env"),
                Files.readString(Kustomize.MODULE.resolve("src/test/resources/site/prod.env"))
                        + "INGRESS_CLASS=example-ingress-class\n");

        Manifests manifests = Manifests.parse(Kustomize.render(overlay));
        List<String> violations = new ArrayList<>(manifests.violations());
        violations.addAll(Rules.check(manifests.objects(), Rules.Expectations.ofRepository()));

        assertThat(violations).isEmpty();
        assertThat(of(manifests.objects(), Ingress.class)).singleElement().satisfies(ingress -> {
            assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("example-ingress-class");
            assertThat(ingress.getSpec().getRules().getFirst().getHost()).isEqualTo("api.cnnt.example.gov.vn");
            assertThat(ingress.getMetadata().getAnnotations())
                    .containsEntry("cert-manager.io/cluster-issuer", "cnnt-issuer");
        });
    }

    static Manifests rendered(String overlay) {
        return CACHE.computeIfAbsent(overlay, name -> {
            String yaml = Kustomize.renderWithSite(name);
            try {
                Files.createDirectories(RENDERED);
                Files.writeString(RENDERED.resolve(name + ".yaml"), yaml, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the rendered overlay " + name, e);
            }
            return Manifests.parse(yaml);
        });
    }

    private static <T> Stream<T> of(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }

    private static List<GenericKubernetesResource> customs(List<HasMetadata> objects, String kind) {
        return of(objects, GenericKubernetesResource.class)
                .filter(r -> r.getKind().equals(kind))
                .toList();
    }

    private static GenericKubernetesResource custom(List<HasMetadata> objects, String kind, String name) {
        return customs(objects, kind).stream()
                .filter(r -> r.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    private static Object spec(GenericKubernetesResource resource, String path) {
        return CustomResources.at(resource.getAdditionalProperties().get("spec"), path);
    }
}
