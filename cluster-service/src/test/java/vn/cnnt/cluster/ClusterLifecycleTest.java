package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ClusterLifecycleTest {

    private static final String APPROVER = Tokens.approver("19");

    @Inject
    AgroalDataSource db;

    @Test
    void shouldWalkAClusterThroughItsWholeLifecycleWithDecisionsHistoryAndEvents() throws SQLException {
        String id = Clusters.aCluster().area(40, 30).create(APPROVER);
        Clusters.operate(APPROVER, id);
        Clusters.admitted(APPROVER, id, 20);
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", Clusters.etag(APPROVER, id))
                .body(Map.of(
                        "name",
                        "Cụm công nghiệp Vòng Đời",
                        "plannedIndustries",
                        List.of("Cơ khí"),
                        "sharedInfrastructureCompletedOn",
                        "2025-09-01"))
                .put(Clusters.BASE + "/" + id)
                .then()
                .statusCode(200);

        Clusters.transition(
                        APPROVER,
                        id,
                        "expansion",
                        Map.of(
                                "decisionNumber",
                                "300/QĐ-UBND",
                                "decisionDate",
                                "2025-10-01",
                                "totalAreaHa",
                                60,
                                "industrialLandHa",
                                45))
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPANDED"))
                .body("totalAreaHa", equalTo(60.0f))
                .body("leasedHa", equalTo(20.0f))
                .body("occupancy", equalTo(44.44f));

        List<String> statuses = given().auth()
                .oauth2(APPROVER)
                .get(Clusters.BASE + "/" + id + "/decisions")
                .then()
                .statusCode(200)
                .extract()
                .path("items.status");
        assertThat(statuses).containsExactly("IN_PLAN", "ESTABLISHED", "UNDER_CONSTRUCTION", "OPERATING", "EXPANDED");
        List<String> actions = given().auth()
                .oauth2(APPROVER)
                .get(Clusters.BASE + "/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions)
                .containsExactly(
                        "PLANNED",
                        "ESTABLISHED",
                        "UNDER_CONSTRUCTION",
                        "OPERATING",
                        "TENANT_ADMITTED",
                        "UPDATED",
                        "EXPANDED");
        assertThat(eventTypes(id))
                .containsExactly(
                        "vn.cnnt.cluster.cluster.status-changed.v1",
                        "vn.cnnt.cluster.cluster.status-changed.v1",
                        "vn.cnnt.cluster.cluster.status-changed.v1",
                        "vn.cnnt.cluster.cluster.status-changed.v1",
                        "vn.cnnt.cluster.tenant.admitted.v1",
                        "vn.cnnt.cluster.cluster.expanded.v1");
    }

    @Test
    void shouldRefuseATransitionOutOfOrderNamingTheAllowedOnes() {
        String id = Clusters.aCluster().create(APPROVER);

        Clusters.transition(APPROVER, id, "operation", Clusters.decision("5/QĐ-UBND", "2025-08-10"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-transition"))
                .body("detail", containsString("[establishment, withdrawal]"));
        Clusters.get(APPROVER, id).then().body("status", equalTo("IN_PLAN")).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseATransitionWithoutDecisionNumber() {
        String id = Clusters.aCluster().create(APPROVER);

        Clusters.transition(APPROVER, id, "establishment", Map.of("decisionDate", "2025-08-10"))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("decisionNumber"));
    }

    @Test
    void shouldRefuseADecisionDatedBeforeThePreviousOne() {
        String id = Clusters.aCluster().create(APPROVER);

        Clusters.transition(APPROVER, id, "establishment", Clusters.decision("5/QĐ-UBND", "2025-07-20"))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/decision-date-out-of-order"));
    }

    @Test
    void shouldRequireIfMatchAndTheCurrentVersionForTransitions() {
        String id = Clusters.aCluster().create(APPROVER);

        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .body(Clusters.decision("5/QĐ-UBND", "2025-08-10"))
                .post(Clusters.BASE + "/" + id + "/establishment")
                .then()
                .statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(Clusters.decision("5/QĐ-UBND", "2025-08-10"))
                .post(Clusters.BASE + "/" + id + "/establishment")
                .then()
                .statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));
    }

    @Test
    void shouldLeaveTransitionsToApprovers() {
        String officer = Tokens.officer("19");
        String id = Clusters.aCluster().create(officer);

        Clusters.transition(officer, id, "establishment", Clusters.decision("5/QĐ-UBND", "2025-08-10"))
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void shouldWithdrawOnlyAClusterWithoutTenants() {
        String id = Clusters.aCluster().create(APPROVER);
        Clusters.establish(APPROVER, id);
        String tenant = Clusters.admitted(APPROVER, id, 5);

        Clusters.transition(APPROVER, id, "withdrawal", Clusters.decision("9/QĐ-UBND", "2025-09-01"))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/cluster-has-tenants"));
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header(
                        "If-Match",
                        given().auth()
                                .oauth2(APPROVER)
                                .get(Clusters.BASE + "/" + id + "/tenants/" + tenant)
                                .header("ETag"))
                .body(Map.of("leftOn", "2025-08-31"))
                .post(Clusters.BASE + "/" + id + "/tenants/" + tenant + "/departure")
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT"));
        Clusters.transition(APPROVER, id, "withdrawal", Clusters.decision("9/QĐ-UBND", "2025-09-01"))
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("availableTransitions.size()", equalTo(0));
    }

    private List<String> eventTypes(String clusterId) throws SQLException {
        try (var c = db.getConnection();
                var s = c.prepareStatement(
                        "SELECT event_type FROM kit_outbox WHERE aggregate_id = ? ORDER BY position")) {
            s.setString(1, clusterId);
            var rs = s.executeQuery();
            List<String> types = new ArrayList<>();
            while (rs.next()) {
                types.add(rs.getString(1));
            }
            return types;
        }
    }
}
