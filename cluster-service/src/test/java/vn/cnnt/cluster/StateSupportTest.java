package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.cluster.industrialcluster.service.ClusterService;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** The entry point the consumer of funding's commitment events calls, tested directly. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class StateSupportTest {

    private static final String APPROVER = Tokens.approver("19");

    @Inject
    ClusterService clusters;

    @Test
    void shouldAddEachCommitmentOnceToTheStateSupportReceived() {
        String id = Clusters.aCluster().create(APPROVER);
        UUID cluster = UUID.fromString(id);
        UUID commitment = UUID.randomUUID();

        assertThat(clusters.recordStateSupport(cluster, commitment, 3_000_000_000L, "evt-1"))
                .isTrue();
        assertThat(clusters.recordStateSupport(cluster, commitment, 3_000_000_000L, "evt-1-redelivered"))
                .isFalse();
        assertThat(clusters.recordStateSupport(cluster, UUID.randomUUID(), 1_500_000_000L, "evt-2"))
                .isTrue();

        Clusters.get(APPROVER, id).then().body("stateSupportVnd", equalTo(4_500_000_000L));
        List<String> actions = given().auth()
                .oauth2(APPROVER)
                .get(Clusters.BASE + "/" + id + "/history")
                .then()
                .extract()
                .path("items.actor");
        assertThat(actions).containsExactly("approver-19", "funding-service", "funding-service");
    }

    @Test
    void shouldRefuseSupportForAnUnknownClusterOrANonPositiveAmount() {
        assertThatThrownBy(() -> clusters.recordStateSupport(UUID.randomUUID(), UUID.randomUUID(), 1_000L, "evt-3"))
                .isInstanceOf(ProblemException.class);
        String id = Clusters.aCluster().create(APPROVER);
        assertThatThrownBy(() -> clusters.recordStateSupport(UUID.fromString(id), UUID.randomUUID(), 0L, "evt-4"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAddApprovedCommitmentsFromFundingEventsOnceEvenWhenRedelivered() {
        String id = Clusters.aCluster().create(APPROVER);
        String commitment = java.util.UUID.randomUUID().toString();
        String eventId = java.util.UUID.randomUUID().toString();
        String data = """
                {"envelopeId":"%s","planId":null,"taskId":null,"year":2026,"source":"LOCAL","provinceCode":"19","currentProvinceCode":"19",
                 "commitmentId":"%s","beneficiaryId":"%s","activityType":"CLUSTER_INFRASTRUCTURE","clusterId":"%s","status":"APPROVED",
                 "amountVnd":700000000,"budgetVnd":5000000000,"committedVnd":700000000,"disbursedVnd":0,"version":1}""".formatted(java.util.UUID.randomUUID(), commitment, java.util.UUID.randomUUID(), id);
        for (int delivery = 0; delivery < 2; delivery++) {
            vn.cnnt.kit.testing.KafkaProbe.send(
                    "funding.events.v1",
                    commitment,
                    vn.cnnt.kit.testing.KafkaProbe.cloudEvent(eventId, "vn.cnnt.funding.commitment.approved.v1", 1),
                    data);
        }
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> Clusters.get(APPROVER, id).then().body("stateSupportVnd", equalTo(700_000_000)));
    }
}
