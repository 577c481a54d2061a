package vn.cnnt.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks catch mistakes: src/test/resources/broken breaks each rule at least once. */
class BrokenManifestsTest {

    private static List<String> violations;

    @BeforeAll
    static void checkTheBrokenFixture() {
        Manifests manifests = Manifests.parse(Kustomize.render(Kustomize.MODULE.resolve("src/test/resources/broken")));
        violations = new ArrayList<>(manifests.violations());
        violations.addAll(Rules.check(
                manifests.objects(),
                new Rules.Expectations(Set.of(), KafkaClients.ofRepository(Kustomize.REPOSITORY))));
    }

    @Test
    void shouldReportSiteSettingsLeftAsPlaceholders() {
        assertThat(violations)
                .contains(
                        "ConfigMap/unset-site: /data/PUBLIC_HOST is the placeholder SITE (set it in site.env)",
                        "ConfigMap/unset-site: /data/OIDC_ISSUER is the placeholder <issuer URL, as in the tokens>"
                                + " (set it in site.env)");
    }

    @Test
    void shouldReportMissingProbes() {
        assertThat(violations)
                .contains(
                        "Deployment/careless container app: no startupProbe",
                        "Deployment/careless container app: no livenessProbe",
                        "Deployment/careless container app: no readinessProbe");
    }

    @Test
    void shouldReportAFieldTheSchemaDoesNotKnowAtAnyDepth() {
        assertThat(violations)
                .contains(
                        "Deployment/careless: /spec/template/spec/containers/0: property 'livenesProbe' is not defined"
                                + " in the schema and the schema does not allow additional properties",
                        "KafkaTopic/plans-events-v1: /spec: property 'replicationFactor' is not defined in the schema"
                                + " and the schema does not allow additional properties",
                        "Kafka/off-schema: /spec/kafka/listeners/0: property 'tsl' is not defined in the schema and"
                                + " the schema does not allow additional properties");
    }

    @Test
    void shouldReportWrongTypesMissingRequiredFieldsAndValuesOutsideAnEnum() {
        assertThat(violations)
                .contains(
                        "Deployment/off-schema: /spec/template/spec/containers/0/ports/0/containerPort: string found,"
                                + " integer expected",
                        "Deployment/off-schema: /spec/template/spec/containers/1: required property 'name' not found",
                        "Deployment/off-schema: /spec/template/spec/containers/0/imagePullPolicy: does not have a value"
                                + " in the enumeration [\"Always\", \"IfNotPresent\", \"Never\"]",
                        "Deployment/off-schema: /spec/template/spec/topologySpreadConstraints/1/whenUnsatisfiable: does"
                                + " not have a value in the enumeration [\"DoNotSchedule\", \"ScheduleAnyway\"]",
                        "Kafka/off-schema: /spec/kafka/listeners/0/port: string found, integer expected",
                        "Kafka/off-schema: /spec/kafka/listeners/0: required property 'tls' not found",
                        "Cluster/off-schema: /spec/primaryUpdateStrategy: does not have a value in the enumeration"
                                + " [\"unsupervised\", \"supervised\"]");
        assertThat(violations)
                .anyMatch(v -> v.startsWith("Kafka/off-schema: /spec/kafka/listeners/0/type: does not have a value"));
    }

    @Test
    void shouldReportTwoEntriesOfAListMapWithTheSameKeys() {
        assertThat(violations)
                .contains(
                        "Deployment/off-schema: /spec/template/spec/containers/0/ports: two entries with the same"
                                + " [\"containerPort\",\"protocol\"] [9000, TCP], which the API server refuses",
                        "Gateway/no-certificate: /spec/listeners: two entries with the same [\"name\"] [https], which"
                                + " the API server refuses")
                .noneMatch(v -> v.contains("two entries") && v.startsWith("Deployment/careless"));
    }

    @Test
    void shouldReportAKindOrApiVersionWithoutSchema() {
        assertThat(violations)
                .contains(
                        "Unknown/off-schema: no schema for example.org/v1 Unknown in src/test/resources/schemas (add"
                                + " it: README.md there)",
                        "ScheduledBackup/orphan-daily: apiVersion postgresql.cnpg.io/v1beta1 of ScheduledBackup is not"
                                + " served (served: postgresql.cnpg.io/v1)");
    }

    @Test
    void shouldReportAKeyBothInMatchLabelKeysAndInTheLabelSelector() {
        assertThat(violations)
                .contains(
                        "Deployment/off-schema: topologySpreadConstraints[0]: key app is both in matchLabelKeys and in"
                                + " the labelSelector, which the API server refuses",
                        "Deployment/off-schema: topologySpreadConstraints[1]: matchLabelKeys without a labelSelector")
                .noneMatch(v -> v.contains("key pod-template-hash"));
    }

    @Test
    void shouldReportASelectorWhoseExpressionsMissThePods() {
        assertThat(violations)
                .contains("Deployment/off-schema: spec.selector does not match the pod template's labels");
    }

    @Test
    void shouldReportReplicasOfADeploymentUnderAnAutoscaler() {
        assertThat(violations)
                .contains("Deployment/off-schema: sets spec.replicas although HorizontalPodAutoscaler/off-schema"
                        + " scales it (every apply would reset the scale; leave replicas out)")
                .noneMatch(v -> v.startsWith("Deployment/careless: sets spec.replicas"));
    }

    @Test
    void shouldReportImagesOnLatestOrWithoutTag() {
        assertThat(violations)
                .contains(
                        "Deployment/careless container app: image cnnt/plans-service:latest uses the tag latest",
                        "Deployment/careless container sidecar: image busybox has no tag");
    }

    @Test
    void shouldReportMissingResourcesAndSecurityContext() {
        assertThat(violations)
                .contains(
                        "Deployment/careless container app: resources.requests needs cpu and memory",
                        "Deployment/careless container app: resources.limits needs memory",
                        "Deployment/careless container app: securityContext.runAsNonRoot must be true",
                        "Deployment/careless container app: securityContext.readOnlyRootFilesystem must be true",
                        "Deployment/careless container app: securityContext.allowPrivilegeEscalation must be false",
                        "Deployment/careless container app: securityContext.capabilities.drop must contain ALL");
    }

    @Test
    void shouldReportAWorkloadThatMissesItsPodsAndItsReferences() {
        assertThat(violations)
                .contains(
                        "Deployment/mislabelled: spec.selector does not match the pod template's labels",
                        "Deployment/mislabelled: ServiceAccount missing-account does not exist",
                        "Deployment/mislabelled: volume config refers to ConfigMap missing-volume-config that does not exist",
                        "Deployment/mislabelled container app: mounts volume data that the pod does not declare",
                        "Deployment/mislabelled init container migrate: image flyway/flyway:latest uses the tag latest");
        assertThat(violations)
                .anyMatch(
                        v -> v.startsWith(
                                "Deployment/mislabelled: imagePullSecrets refers to Secret missing-pull-secret that is neither"));
    }

    @Test
    void shouldReportProbesOfAServiceThatAreNotItsHealthEndpoints() {
        assertThat(violations)
                .contains(
                        "Deployment/mislabelled container app: livenessProbe must be an HTTP GET of /q/health/live",
                        "Deployment/mislabelled container app: readinessProbe must be an HTTP GET of /q/health/ready",
                        "Deployment/mislabelled container app: readinessProbe uses port 9999 that the container does not expose")
                .noneMatch(v -> v.startsWith("Deployment/mislabelled container app: startupProbe"));
    }

    @Test
    void shouldReportServicesThatReachNoContainer() {
        assertThat(violations)
                .contains(
                        "Service/selects-nothing: selector {app=nobody} selects no pod",
                        "Service/wrong-port: port 9090 targets metrics, which no container of the selected pods exposes",
                        "Service/no-selector: no selector");
    }

    @Test
    void shouldReportIngressesWithoutTlsOrBackend() {
        assertThat(violations)
                .contains(
                        "Ingress/dangling: routes to Service missing-service that does not exist",
                        "Ingress/plain-http: no TLS",
                        "Ingress/plain-http: routes to port 8080 that Service wrong-port does not have");
        assertThat(violations)
                .anyMatch(v -> v.startsWith("Ingress/dangling: tls refers to Secret missing-tls that is neither"));
    }

    @Test
    void shouldReportGatewaysWithoutCertificateAndRoutesThatAttachOrLeadNowhere() {
        assertThat(violations)
                .contains(
                        "Gateway/no-certificate: listener https is HTTPS without a certificate",
                        "HTTPRoute/lost: attaches to listener http, which Gateway no-certificate does not have",
                        "HTTPRoute/lost: attaches to Gateway missing-gateway, which does not exist",
                        "HTTPRoute/lost: routes to Service missing-service that does not exist",
                        "HTTPRoute/lost: routes to port 8080 that Service wrong-port does not have");
    }

    @Test
    void shouldReportAutoscalersAndDisruptionBudgetsThatPointAtNothing() {
        assertThat(violations)
                .contains(
                        "HorizontalPodAutoscaler/scales-nothing: scales Deployment/missing, which does not exist",
                        "PodDisruptionBudget/protects-nothing: selector {app=nobody} selects no pod");
    }

    @Test
    void shouldReportOperatorResourcesOfAMissingClusterOrAnotherApiVersion() {
        assertThat(violations)
                .contains(
                        "Database/orphan: refers to Cluster missing-postgres, which does not exist",
                        "ScheduledBackup/orphan-daily: refers to Cluster missing-postgres, which does not exist",
                        "Pooler/orphan-pooler: refers to Cluster missing-postgres, which does not exist");
        assertThat(violations)
                .anyMatch(v -> v.startsWith("Pooler/orphan-pooler: /spec/pgbouncer/poolMode: does not have a value"));
    }

    @Test
    void shouldReportKafkaUsersThatMissTheirOwnAccessOrMayWriteAnotherServicesTopic() {
        assertThat(violations)
                .contains(
                        "KafkaUser/funding-service: may write plans.events.v1, another service's topic",
                        "KafkaUser/funding-service: may not write topic funding.events.v1, which the service writes",
                        "KafkaUser/funding-service: may not write topic plans.events.v1.dlq, which the service writes",
                        "KafkaUser/funding-service: may not read topic ocop.events.v1, which the service consumes",
                        "KafkaUser/funding-service: may not use consumer group funding-service")
                .noneMatch(v -> v.startsWith("KafkaUser/funding-service: may not read topic plans.events.v1,"));
    }

    @Test
    void shouldLetADenyWinOverAnAllow() {
        assertThat(violations)
                .contains(
                        "KafkaUser/funding-service: may not read topic cluster.events.v1, which the service consumes");
    }

    @Test
    void shouldCountWildcardAllAndPrefixAclsForEverythingTheyCover() {
        assertThat(violations)
                .contains(
                        "KafkaUser/ocop-service: may write plans.events.v1, another service's topic",
                        "KafkaUser/ocop-service: may write funding.events.v1, another service's topic",
                        "KafkaUser/ocop-service: may write cluster.events.v1, another service's topic",
                        "KafkaUser/cluster-service: may write funding.events.v1, another service's topic")
                .noneMatch(v -> v.startsWith("KafkaUser/ocop-service: may not"))
                .noneMatch(v -> v.startsWith("KafkaUser/cluster-service: may not"))
                .noneMatch(v -> v.startsWith("KafkaUser/cluster-service: may write cluster.events.v1"));
    }

    @Test
    void shouldCheckEveryObjectCompletely() {
        assertThat(violations).noneMatch(v -> v.contains("incomplete, cannot be checked"));
    }

    @Test
    void shouldReportDanglingReferences() {
        assertThat(violations)
                .contains(
                        "Deployment/careless container app: envFrom refers to ConfigMap missing-config that does not exist",
                        "KafkaTopic/plans-events-v1: refers to Kafka cnnt, which does not exist");
        assertThat(violations)
                .anyMatch(v -> v.startsWith(
                        "Deployment/careless container app: env PASSWORD refers to Secret missing-secret"));
    }

    @Test
    void shouldReportTopicsWithoutKafkaTopic() {
        assertThat(violations)
                .contains(
                        "topic funding.events.v1 (used by funding-service) has no KafkaTopic",
                        "topic plans.events.v1.dlq (used by funding-service) has no KafkaTopic")
                .noneMatch(v -> v.startsWith("topic plans.events.v1 "));
        assertThat(violations).contains("plans-service uses Kafka but has no KafkaUser");
    }
}
