package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.cnnt.cluster.industrialcluster.service.ClusterService;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.testing.KafkaProbe;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * A cluster's state support follows funding's projects: each project at its current public commitment, newest event
 * version only, so a cancellation brings it down, a settlement to the settled amount, and a redelivery changes nothing.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class StateSupportTest {

    private static final String APPROVER = Tokens.approver("19");

    @Inject
    ClusterService clusters;

    @Test
    void shouldFollowEachProjectAtItsNewestVersion() {
        String id = Clusters.aCluster().create(APPROVER);
        UUID cluster = UUID.fromString(id);
        UUID project = UUID.randomUUID();

        assertThat(clusters.followStateSupport(cluster, project, 3_000_000_000L, 3, "evt-1"))
                .isTrue();
        assertThat(clusters.followStateSupport(cluster, project, 3_000_000_000L, 3, "evt-1-redelivered"))
                .isFalse();
        assertThat(clusters.followStateSupport(cluster, project, 9_000_000_000L, 2, "evt-older"))
                .isFalse();
        assertThat(clusters.followStateSupport(cluster, UUID.randomUUID(), 1_500_000_000L, 3, "evt-2"))
                .isTrue();
        assertThat(clusters.followStateSupport(cluster, project, 2_800_000_000L, 8, "evt-settled"))
                .isTrue();

        Clusters.get(APPROVER, id).then().body("stateSupportVnd", equalTo(4_300_000_000L));
        List<String> actions = given().auth()
                .oauth2(APPROVER)
                .get(Clusters.BASE + "/" + id + "/history")
                .then()
                .extract()
                .path("items.actor");
        assertThat(actions).containsExactly("approver-19", "funding-service", "funding-service", "funding-service");
    }

    @Test
    void shouldRefuseSupportForAnUnknownClusterOrANegativeAmount() {
        assertThatThrownBy(() -> clusters.followStateSupport(UUID.randomUUID(), UUID.randomUUID(), 1_000L, 1, "evt-3"))
                .isInstanceOf(ProblemException.class);
        String id = Clusters.aCluster().create(APPROVER);
        assertThatThrownBy(() -> clusters.followStateSupport(UUID.fromString(id), UUID.randomUUID(), -1L, 1, "evt-4"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCountApprovedProjectsAndDropThemWhenCancelledEvenWhenRedelivered() {
        String id = Clusters.aCluster().create(APPROVER);
        String project = UUID.randomUUID().toString();
        String approved = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            KafkaProbe.send(
                    "funding.events.v1",
                    project,
                    KafkaProbe.cloudEvent(approved, "vn.cnnt.funding.project.approved.v1", 3),
                    projectEvent(project, id, "APPROVED", 700_000_000L, 700_000_000L, 3));
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> Clusters.get(APPROVER, id).then().body("stateSupportVnd", equalTo(700_000_000)));

        KafkaProbe.send(
                "funding.events.v1",
                project,
                KafkaProbe.cloudEvent(cancelled, "vn.cnnt.funding.project.cancelled.v1", 5),
                projectEvent(project, id, "CANCELLED", 700_000_000L, 0L, 5));
        KafkaProbe.send(
                "funding.events.v1",
                project,
                KafkaProbe.cloudEvent(approved, "vn.cnnt.funding.project.approved.v1", 3),
                projectEvent(project, id, "APPROVED", 700_000_000L, 700_000_000L, 3));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> Clusters.get(APPROVER, id).then().body("stateSupportVnd", equalTo(0)));
    }

    private static String projectEvent(
            String project, String cluster, String status, long amount, long committed, long version) {
        return """
                {"projectId":"%s","allocationId":"%s","planId":null,"taskId":null,"year":2026,"source":"LOCAL",
                 "provinceCode":"19","currentProvinceCode":"19","beneficiaryId":"%s","activityType":"CLUSTER_INFRASTRUCTURE",
                 "productId":null,"clusterId":"%s","status":"%s","amountVnd":%d,"supportVnd":700000000,
                 "counterpartVnd":300000000,"otherVnd":0,"totalCostVnd":1000000000,"committedVnd":%d,"disbursedVnd":0,
                 "acceptedVnd":0,"settledVnd":0,"disbursementKind":null,"documentNumber":"12/QĐ-UBND",
                 "documentDate":"2026-03-01","decidedBy":"approver-19","version":%d}""".formatted(
                        project, UUID.randomUUID(), UUID.randomUUID(), cluster, status, amount, committed, version);
    }
}
