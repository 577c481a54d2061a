package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.Concurrently;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ConcurrentEditTest {

    @Inject
    EntityManager em;

    @Test
    void shouldLetOneOfTwoConcurrentEditsWinAndTellTheOther412() throws Exception {
        String officer = Tokens.officer("04");
        String id = Plans.create(PlanBuilder.aPlan(), officer);
        String etag = Plans.etag(id, officer);
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String title = "Phiên bản " + i;
            edits.add(() -> given().auth()
                    .oauth2(officer)
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(PlanBuilder.aPlan().with("title", title).build())
                    .put("/api/v1/plans/" + id)
                    .statusCode());
        }
        List<Integer> statuses = Concurrently.run(edits);

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat((Integer) Plans.get(id, officer).then().extract().path("version"))
                .isEqualTo(1);
    }

    @Test
    void shouldApproveOnceWhenTwoApproversApproveAtTheSameMoment() throws Exception {
        String id = Plans.create(PlanBuilder.aPlan().line(2024, "LOCAL", null, 500_000_000L), Tokens.officer("04"));
        Plans.transition(id, "submission", Tokens.officer("04"), Map.of())
                .then()
                .statusCode(200);
        String approver = Tokens.approver("04");
        String etag = Plans.etag(id, approver);
        List<Callable<Integer>> approvals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            approvals.add(() -> given().auth()
                    .oauth2(approver)
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(Map.of("decisionNumber", "7/QĐ-UBND"))
                    .post("/api/v1/plans/" + id + "/approval")
                    .statusCode());
        }
        List<Integer> statuses = Concurrently.run(approvals);

        assertThat(statuses).containsOnly(200, 412).filteredOn(s -> s == 200).hasSize(1);
        long approvedEvents = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM kit_outbox WHERE aggregate_id = :id AND event_type = 'vn.cnnt.plans.plan.approved.v1'")
                                .setParameter("id", id)
                                .getSingleResult())
                        .longValue());
        assertThat(approvedEvents).isEqualTo(1);
    }
}
