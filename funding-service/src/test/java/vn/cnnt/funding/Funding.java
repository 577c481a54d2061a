package vn.cnnt.funding;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** HTTP steps of the funding tests: fresh beneficiaries, envelopes and commitments per test. */
public final class Funding {

    private Funding() {}

    public static String beneficiary(String token, String province) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "COOPERATIVE");
        body.put("name", "Hợp tác xã thử nghiệm " + UUID.randomUUID());
        body.put("taxCode", String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
        body.put("provinceCode", province);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/funding/beneficiaries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Response openEnvelope(String token, String province, String source, Object budgetVnd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provinceCode", province);
        body.put("fiscalYear", 2024);
        body.put("source", source);
        body.put("budgetVnd", budgetVnd);
        body.put("decisionNumber", "12/QĐ-UBND");
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/funding/envelopes");
    }

    public static String envelope(String token, String province, String source, long budgetVnd) {
        return openEnvelope(token, province, source, budgetVnd)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> commitmentBody(
            String envelopeId, String beneficiaryId, String activity, Object costVnd, Object supportVnd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("envelopeId", envelopeId);
        body.put("beneficiaryId", beneficiaryId);
        body.put("activityType", activity);
        body.put("title", "Hỗ trợ máy móc thiết bị");
        body.put("eligibleCostVnd", costVnd);
        body.put("supportVnd", supportVnd);
        return body;
    }

    public static Response propose(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/funding/commitments");
    }

    public static String proposed(String token, String envelopeId, String beneficiaryId, long supportVnd) {
        return propose(
                        token,
                        commitmentBody(
                                envelopeId, beneficiaryId, "CONSULTING_AND_TRAINING", supportVnd * 2, supportVnd))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String etag(String token, String commitmentId) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/funding/commitments/" + commitmentId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static Response approve(String token, String commitmentId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(token, commitmentId))
                .body(Map.of("decisionNumber", "215/QĐ-SCT", "decisionDate", "2024-04-01"))
                .post("/api/v1/funding/commitments/" + commitmentId + "/approval");
    }

    public static Response disburse(String token, String commitmentId, String ifMatch, String key, long amountVnd) {
        var request = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", ifMatch)
                .body(Map.of(
                        "kind",
                        "PAYMENT",
                        "amountVnd",
                        amountVnd,
                        "paidOn",
                        "2024-05-02",
                        "voucher",
                        "UNC-" + amountVnd));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/funding/commitments/" + commitmentId + "/disbursements");
    }

    public static Response envelopeView(String token, String envelopeId) {
        return given().auth().oauth2(token).get("/api/v1/funding/envelopes/" + envelopeId);
    }

    public static Response settle(String token, String commitmentId, long settledVnd) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(token, commitmentId))
                .body(Map.of("settledVnd", settledVnd))
                .post("/api/v1/funding/commitments/" + commitmentId + "/settlement");
    }

    public static Response cancel(String token, String commitmentId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(token, commitmentId))
                .body(Map.of("reason", "Cơ sở không triển khai"))
                .post("/api/v1/funding/commitments/" + commitmentId + "/cancellation");
    }

    public static Response reconciliation(String token, String envelopeId) {
        return given().auth().oauth2(token).get("/api/v1/funding/envelopes/" + envelopeId + "/reconciliation");
    }
}
