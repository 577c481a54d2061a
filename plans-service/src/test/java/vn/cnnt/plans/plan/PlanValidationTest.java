package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** Each kind of bad input gets its own problem, and nothing is written. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanValidationTest {

    private static final String OFFICER = Tokens.officer("04");

    @ParameterizedTest
    @ValueSource(strings = {"317", "KH-UBND", "317/KH", "0/KH-UBND", "317/kh-UBND", "317/2012/NĐ", "abc/KH-UBND"})
    void shouldRefuseAMalformedDocumentNumber(String number) {
        refused(PlanBuilder.aPlan().with("documentNumber", number), 422, "malformed-document-number")
                .body("errors[0].field", equalTo("documentNumber"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "45/2012/NĐ-CP",
                "12/TTr-SCT",
                "3/CTr-UBND",
                "8/ĐA-UBND",
                "1877/QĐ-UBND",
                "5/KH-UBND-KT",
                "07/KH-UBND"
            })
    void shouldAcceptTheDocumentNumbersOfficialsWrite(String number) {
        PlanBuilder.aPlan()
                .with("documentNumber", number)
                .postAs(OFFICER)
                .then()
                .statusCode(201)
                .body("documentNumber", equalTo(number));
    }

    @Test
    void shouldRefuseTheSameNumberOfTheSameIssuerInTheSameYear() {
        String number = (900_000 + (int) (Math.random() * 99_999)) + "/KH-UBND";
        PlanBuilder.aPlan()
                .with("documentNumber", number)
                .postAs(OFFICER)
                .then()
                .statusCode(201);
        refused(PlanBuilder.aPlan().with("documentNumber", number), 409, "duplicate-document-number");
        PlanBuilder.aPlan()
                .with("documentNumber", number)
                .inProvince("04", "2023-05-05")
                .period(2023, 2023)
                .postAs(OFFICER)
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts() {
        refused(PlanBuilder.aPlan().period(2025, 2021), 422, "invalid-period")
                .body("errors[0].field", equalTo("periodTo"));
    }

    @Test
    void shouldRefuseAFundingLineOutsideThePeriod() {
        refused(
                        PlanBuilder.aPlan().period(2024, 2024).line(2026, "LOCAL", null, 1_000_000L),
                        422,
                        "funding-year-outside-period")
                .body("errors[0].field", equalTo("fundingLines[0].year"));
    }

    @Test
    void shouldRefuseNegativeOrZeroMoney() {
        refused(PlanBuilder.aPlan().line(2024, "LOCAL", null, -5_000_000L), 422, "validation-failed")
                .body("errors.field", hasItem("fundingLines[0].amountVnd"));
        refused(PlanBuilder.aPlan().line(2024, "LOCAL", null, 0), 422, "validation-failed");
    }

    @Test
    void shouldRefuseFractionalOrFormattedMoney() {
        refused(PlanBuilder.aPlan().line(2024, "LOCAL", null, 1500.5), 400, "malformed-request")
                .body("errors[0].field", equalTo("fundingLines[0].amountVnd"));
        refused(PlanBuilder.aPlan().line(2024, "LOCAL", null, "13.800.000.000"), 400, "malformed-request");
    }

    @Test
    void shouldRefuseAnUnknownProvinceOrOneThatDidNotExistOnTheIssueDate() {
        refused(PlanBuilder.aPlan().inProvince("99", "2024-01-22"), 422, "unknown-province");
        refused(PlanBuilder.aPlan().inProvince("70", "2025-08-01").period(2025, 2025), 422, "unknown-province");
    }

    @Test
    void shouldRefuseAFundingLineForATaskThePlanDoesNotHave() {
        refused(PlanBuilder.aPlan().task("1", "OCOP").line(2024, "LOCAL", "9", 1_000_000L), 422, "unknown-task")
                .body("errors[0].field", equalTo("fundingLines[0].taskCode"));
    }

    @Test
    void shouldRefuseTwoTasksWithTheSameCode() {
        refused(PlanBuilder.aPlan().task("II.2.a", "OCOP").task("II.2.a", "TRAINING"), 422, "duplicate-task-code")
                .body("errors[0].field", equalTo("tasks[1].code"));
    }

    @Test
    void shouldRefuseAFundingLineForATaskOfAnotherPlan() {
        String other = Plans.create(PlanBuilder.aPlan().task("OTHER-1", "OCOP"), OFFICER);
        String otherTaskCode = Plans.get(other, OFFICER).then().extract().path("tasks[0].code");
        refused(
                PlanBuilder.aPlan().task("1", "OCOP").line(2024, "LOCAL", otherTaskCode, 1_000_000L),
                422,
                "unknown-task");
    }

    @Test
    void shouldRefuseAnEffectiveDateBeforeTheIssueDate() {
        refused(PlanBuilder.aPlan().with("effectiveOn", "2024-01-01"), 422, "invalid-period")
                .body("errors[0].field", equalTo("effectiveOn"));
    }

    @Test
    void shouldRefuseAnUnknownParentPlan() {
        refused(PlanBuilder.aPlan().with("parentPlanId", UUID.randomUUID().toString()), 422, "unknown-parent-plan");
    }

    @Test
    void shouldRefuseMissingFieldsAndUnknownProperties() {
        refused(PlanBuilder.aPlan().with("title", " "), 422, "validation-failed")
                .body("errors[0].field", equalTo("title"));
        refused(PlanBuilder.aPlan().with("status", "APPROVED"), 422, "validation-failed")
                .body("errors[0].field", equalTo("status"));
        refused(PlanBuilder.aPlan().with("kind", "LAW"), 400, "malformed-request");
    }

    @Test
    void shouldRefuseMalformedJsonAndOtherMediaTypes() {
        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.XML)
                .body("<plan/>")
                .post("/api/v1/plans")
                .then()
                .statusCode(415)
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void shouldAnswerAnUnreadableQueryOrPathParameterWithMalformedRequest() {
        given().auth()
                .oauth2(OFFICER)
                .queryParam("pageSize", "abc")
                .get("/api/v1/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldRefuseABodyAboveTheLimit() {
        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/v1/plans")
                .then()
                .statusCode(413)
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void shouldAnswerAnUnknownPlanWith404AndABadFilterWith422() {
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        given().auth()
                .oauth2(OFFICER)
                .queryParam("status", "DONE")
                .get("/api/v1/plans")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(OFFICER)
                .queryParam("pageSize", 501)
                .get("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("pageSize"));
        given().auth()
                .oauth2(OFFICER)
                .queryParam("pageToken", "forged")
                .get("/api/v1/plans")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(OFFICER)
                .queryParam("periodFrom", 2025)
                .queryParam("periodTo", 2021)
                .get("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/invalid-period"));
        given().auth()
                .oauth2(OFFICER)
                .queryParam("province", "99")
                .get("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-province"));
    }

    private static ValidatableResponse refused(PlanBuilder plan, int status, String type) {
        String title = "Không được lưu " + UUID.randomUUID();
        ValidatableResponse response = plan.with(
                        "title", plan.build().get("title").equals(" ") ? " " : title)
                .postAs(OFFICER)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type));
        given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("q", title)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        return response;
    }

    @Test
    void shouldCarryTheRequestIdAndRefuseAnonymousCallers() {
        given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "req-42")
                .get("/api/v1/plans")
                .then()
                .statusCode(401)
                .header("X-Request-Id", "req-42")
                .body("requestId", equalTo("req-42"));
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/plans")
                .then()
                .statusCode(401);
    }
}
