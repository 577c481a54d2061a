package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanLifecycleTest {

    private static final String OFFICER = Tokens.officer("04");
    private static final String APPROVER = Tokens.approver("04");

    @Inject
    EntityManager em;

    @Test
    void shouldWalkFromDraftToCompletedAndRecordTheLegalMilestonesAsEvents() {
        String id = Plans.create(PlanBuilder.aPlan().task("1", "OCOP").line(2024, "LOCAL", "1", 500_000_000L), OFFICER);

        Plans.transition(id, "submission", OFFICER, Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        Plans.transition(id, "approval", APPROVER, Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        Plans.transition(id, "completion", APPROVER, Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));

        assertThat(eventTypes(id)).containsExactly("vn.cnnt.plans.plan.approved.v1", "vn.cnnt.plans.plan.completed.v1");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("CREATED", "SUBMITTED", "APPROVED", "COMPLETED")))
                .body("items[2].changes.status.from", equalTo("SUBMITTED"))
                .body("items[2].changes.status.to", equalTo("APPROVED"))
                .body("items[2].actor", equalTo("approver-04"));
    }

    @Test
    void shouldRefuseATransitionThatTheCurrentStatusDoesNotAllow() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);

        Plans.transition(id, "approval", APPROVER, Map.of())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"))
                .body("detail", equalTo("The plan is DRAFT; from there it can go to CANCELLED, SUBMITTED"));
        Plans.transition(id, "completion", APPROVER, Map.of()).then().statusCode(409);
        Plans.get(id, OFFICER).then().body("status", equalTo("DRAFT")).body("version", equalTo(0));
    }

    @Test
    void shouldLetOnlyApproversApprove() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);
        Plans.transition(id, "submission", OFFICER, Map.of()).then().statusCode(200);

        Plans.transition(id, "approval", OFFICER, Map.of())
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        Plans.transition(id, "approval", Tokens.viewer("04"), Map.of()).then().statusCode(403);
        Plans.get(id, OFFICER).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRequireAReasonToCancelAndFreezeNothingElse() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);
        Plans.transition(id, "cancellation", APPROVER, Map.of())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        Plans.transition(id, "cancellation", APPROVER, Map.of("reason", "Trùng với kế hoạch khác"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Plans.transition(id, "submission", OFFICER, Map.of()).then().statusCode(409);
    }

    @Test
    void shouldRequireIfMatchAndRefuseAStaleOne() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);
        String etag = Plans.etag(id, OFFICER);

        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/plans/" + id + "/submission")
                .then()
                .statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(PlanBuilder.aPlan().with("title", "Tên mới").build())
                .put("/api/v1/plans/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of())
                .post("/api/v1/plans/" + id + "/submission")
                .then()
                .statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));
    }

    @Test
    void shouldEditOnlyDrafts() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);
        Plans.approve(id, OFFICER, APPROVER);

        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", Plans.etag(id, OFFICER))
                .body(PlanBuilder.aPlan().build())
                .put("/api/v1/plans/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/plan-not-editable"));
    }

    @Test
    void shouldAmendAnApprovedPlanAndKeepTheEarlierVersionReadable() {
        PlanBuilder original = PlanBuilder.aPlan().task("1", "TRAINING").line(2024, "LOCAL", "1", 1_000_000_000L);
        String id = Plans.create(original, OFFICER);
        Plans.approve(id, OFFICER, APPROVER);
        Map<String, Object> content = original.with("title", "Kế hoạch khuyến công năm 2024 (sửa đổi)")
                .build();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) content.get("fundingLines");
        lines.getFirst().put("amountVnd", 1_200_000_000L);

        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", Plans.etag(id, APPROVER))
                .body(Map.of(
                        "amendingDocumentNumber",
                        "45/KH-UBND",
                        "amendedOn",
                        "2024-06-01",
                        "rationale",
                        "Bổ sung kinh phí đào tạo",
                        "content",
                        content))
                .post("/api/v1/plans/" + id + "/amendments")
                .then()
                .statusCode(200)
                .body("amendmentCount", equalTo(1))
                .body("totals.totalVnd", equalTo(1_200_000_000))
                .body("status", equalTo("APPROVED"));

        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/versions")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].current", equalTo(false))
                .body("items[0].content.totals.totalVnd", equalTo(1_000_000_000))
                .body("items[1].current", equalTo(true))
                .body("items[1].amendingDocument", equalTo("45/KH-UBND"))
                .body("items[1].rationale", equalTo("Bổ sung kinh phí đào tạo"));
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/versions/1")
                .then()
                .statusCode(200)
                .body("content.title", equalTo("Kế hoạch khuyến công năm 2024 (minh họa)"));
        assertThat(eventTypes(id)).containsExactly("vn.cnnt.plans.plan.approved.v1", "vn.cnnt.plans.plan.amended.v1");
    }

    @Test
    void shouldRefuseToAmendADraft() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", Plans.etag(id, APPROVER))
                .body(Map.of(
                        "amendingDocumentNumber",
                        "45/KH-UBND",
                        "amendedOn",
                        "2024-06-01",
                        "rationale",
                        "x",
                        "content",
                        PlanBuilder.aPlan().build()))
                .post("/api/v1/plans/" + id + "/amendments")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));
    }

    @Test
    void shouldRecordTheApprovingDecisionAndTheCancellationReasonInThePlanAndItsHistory() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);
        Plans.transition(id, "submission", OFFICER, Map.of("note", "Tờ trình số 12/TTr-SCT"))
                .then()
                .statusCode(200)
                .body("statusNote", equalTo("Tờ trình số 12/TTr-SCT"));
        Plans.transition(id, "approval", APPROVER, Map.of("decisionNumber", "1524/qđ-UBND"))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/malformed-document-number"))
                .body("errors[0].field", equalTo("decisionNumber"));
        Plans.transition(id, "approval", APPROVER, Map.of("decisionNumber", "1524/QĐ-UBND"))
                .then()
                .statusCode(200)
                .body("decisionNumber", equalTo("1524/QĐ-UBND"));
        Plans.transition(
                        id,
                        "cancellation",
                        APPROVER,
                        Map.of("reason", "Trùng nội dung", "decisionNumber", "88/QĐ-UBND"))
                .then()
                .statusCode(200)
                .body("statusNote", equalTo("Trùng nội dung"))
                .body("decisionNumber", equalTo("88/QĐ-UBND"));

        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("CREATED", "SUBMITTED", "APPROVED", "CANCELLED")))
                .body("items[2].changes.decisionNumber.to", equalTo("1524/QĐ-UBND"))
                .body("items[3].changes.statusNote.to", equalTo("Trùng nội dung"));
        assertThat(eventTypes(id)).containsExactly("vn.cnnt.plans.plan.approved.v1", "vn.cnnt.plans.plan.cancelled.v1");
    }

    @Test
    void shouldRefuseAnAmendmentThatChangesTheDocumentItAmends() {
        PlanBuilder original = PlanBuilder.aPlan().line(2024, "LOCAL", null, 1_000_000_000L);
        String id = Plans.create(original, OFFICER);
        Plans.approve(id, OFFICER, APPROVER);

        Plans.amend(id, APPROVER, PlanBuilder.aPlan().build())
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/amendment-changes-identity"));
        Plans.get(id, OFFICER).then().body("amendmentCount", equalTo(0)).body("version", equalTo(2));
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/versions")
                .then()
                .body("items", hasSize(1));
        assertThat(eventTypes(id)).containsExactly("vn.cnnt.plans.plan.approved.v1");
    }

    @Test
    void shouldLetOfficersNeitherCompleteNorCancelNorAmend() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);
        Plans.approve(id, OFFICER, APPROVER);

        Plans.transition(id, "completion", OFFICER, Map.of()).then().statusCode(403);
        Plans.transition(id, "cancellation", OFFICER, Map.of("reason", "x"))
                .then()
                .statusCode(403);
        Plans.amend(id, OFFICER, PlanBuilder.aPlan().build()).then().statusCode(403);
        Plans.get(id, OFFICER).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void shouldAnswer404ForAVersionThePlanDoesNotHave() {
        String id = Plans.create(PlanBuilder.aPlan(), OFFICER);
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/versions/1")
                .then()
                .statusCode(200)
                .body("current", equalTo(true));
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/versions/2")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    private List<String> eventTypes(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT event_type FROM kit_outbox WHERE aggregate_id = :id ORDER BY position",
                                String.class)
                        .setParameter("id", id)
                        .getResultList());
    }
}
