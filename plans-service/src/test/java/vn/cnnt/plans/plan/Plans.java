package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** HTTP steps shared by the plan tests. */
public final class Plans {

    private Plans() {}

    public static String create(PlanBuilder plan, String token) {
        return plan.postAs(token).then().statusCode(201).extract().path("id");
    }

    public static Response get(String id, String token) {
        return given().auth().oauth2(token).get("/api/v1/plans/" + id);
    }

    public static String etag(String id, String token) {
        return get(id, token).then().statusCode(200).extract().header("ETag");
    }

    public static Response transition(String id, String step, String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(id, token))
                .body(body)
                .post("/api/v1/plans/" + id + "/" + step);
    }

    public static Response amend(String id, String approver, Map<String, Object> content) {
        return given().auth()
                .oauth2(approver)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(id, approver))
                .body(Map.of(
                        "amendingDocumentNumber",
                        "45/KH-UBND",
                        "amendedOn",
                        "2024-06-01",
                        "rationale",
                        "Bổ sung kinh phí",
                        "content",
                        content))
                .post("/api/v1/plans/" + id + "/amendments");
    }

    /** Draft → submitted → approved by an officer and an approver of the province. */
    public static void approve(String id, String officer, String approver) {
        transition(id, "submission", officer, Map.of()).then().statusCode(200);
        transition(id, "approval", approver, Map.of("decisionNumber", "1/QĐ-UBND"))
                .then()
                .statusCode(200);
    }
}
