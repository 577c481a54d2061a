package vn.cnnt.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks catch mistakes: src/test/resources/broken breaks each rule once. */
class BrokenManifestsTest {

    private static List<String> violations;

    @BeforeAll
    static void checkTheBrokenFixture() {
        Manifests manifests = Manifests.parse(Kustomize.render(Kustomize.MODULE.resolve("src/test/resources/broken")));
        violations = new ArrayList<>(manifests.violations());
        violations.addAll(Rules.check(manifests.objects(),
                new Rules.Expectations(Set.of(), KafkaClients.ofRepository(Kustomize.REPOSITORY))));
    }

    @Test
    void shouldReportMissingProbes() {
        assertThat(violations).contains(
                "Deployment/careless container app: no startupProbe",
                "Deployment/careless container app: no livenessProbe",
                "Deployment/careless container app: no readinessProbe");
    }

    @Test
    void shouldReportAFieldTheModelDoesNotKnow() {
        assertThat(violations).anyMatch(v -> v.startsWith("Deployment/careless") && v.contains("unknown field(s) [livenesProbe]"));
        assertThat(violations).contains("KafkaTopic/plans-events-v1: unknown field(s) [replicationFactor] in spec");
    }

    @Test
    void shouldReportImagesOnLatestOrWithoutTag() {
        assertThat(violations).contains(
                "Deployment/careless container app: image cnnt/plans-service:latest uses the tag latest",
                "Deployment/careless container sidecar: image busybox has no tag");
    }

    @Test
    void shouldReportMissingResourcesAndSecurityContext() {
        assertThat(violations).contains(
                "Deployment/careless container app: resources.requests needs cpu and memory",
                "Deployment/careless container app: resources.limits needs memory",
                "Deployment/careless container app: securityContext.runAsNonRoot must be true",
                "Deployment/careless container app: securityContext.readOnlyRootFilesystem must be true",
                "Deployment/careless container app: securityContext.allowPrivilegeEscalation must be false",
                "Deployment/careless container app: securityContext.capabilities.drop must contain ALL");
    }

    @Test
    void shouldReportServicesThatReachNoContainer() {
        assertThat(violations).contains(
                "Service/selects-nothing: selector {app=nobody} selects no pod",
                "Service/wrong-port: port 9090 targets metrics, which no container of the selected pods exposes");
    }

    @Test
    void shouldReportDanglingReferences() {
        assertThat(violations).contains(
                "Deployment/careless container app: envFrom refers to ConfigMap missing-config that does not exist",
                "KafkaTopic/plans-events-v1: refers to Kafka cnnt, which does not exist");
        assertThat(violations).anyMatch(v -> v.startsWith("Deployment/careless container app: env PASSWORD refers to Secret missing-secret"));
    }

    @Test
    void shouldReportTopicsWithoutKafkaTopic() {
        assertThat(violations).contains(
                "topic funding.events.v1 (used by funding-service) has no KafkaTopic",
                "topic plans.events.v1.dlq (used by funding-service) has no KafkaTopic")
                .noneMatch(v -> v.startsWith("topic plans.events.v1 "));
        assertThat(violations).contains("plans-service uses Kafka but has no KafkaUser");
    }
}
