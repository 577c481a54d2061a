package vn.cnnt.funding;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.cnnt.kit.testing.Tokens;

/** HTTP steps of the funding tests: fresh beneficiaries, allocations and projects per test. */
public final class Funding {

    public static final String API = "/api/v1/funding";
    public static final String MINISTRY = Tokens.ministry();

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
                .post(API + "/beneficiaries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> allocationBody(String province, String source, int year, Object amountVnd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provinceCode", province);
        body.put("fiscalYear", year);
        body.put("source", source);
        body.put("amountVnd", amountVnd);
        body.put("decisionNumber", "NATIONAL".equals(source) ? "1520/QĐ-BCT" : "12/QĐ-UBND");
        body.put("decisionDate", (year - 1) + "-12-20");
        return body;
    }

    public static Response allocate(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(API + "/allocations");
    }

    /** A LOCAL allocation of 2025 by the province's approver, or a NATIONAL one by the ministry. */
    public static String allocation(String province, String source, long amountVnd) {
        return allocation(province, source, 2025, amountVnd);
    }

    public static String allocation(String province, String source, int year, long amountVnd) {
        String token = "NATIONAL".equals(source) ? MINISTRY : Tokens.approver(province);
        return allocate(token, allocationBody(province, source, year, amountVnd))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Response allocationView(String allocationId) {
        return given().auth().oauth2(MINISTRY).get(API + "/allocations/" + allocationId);
    }

    /** A LOCAL project of 2025 registered on 10 January 2025: support + counterpart (the same) = total. */
    public static Map<String, Object> projectBody(
            String province, String beneficiaryId, String activity, long supportVnd, long counterpartVnd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provinceCode", province);
        body.put("source", "LOCAL");
        body.put("fiscalYear", 2025);
        body.put("registeredOn", "2025-01-10");
        body.put("documentNumber", "85/TTr-SCT");
        body.put("implementingUnit", "Trung tâm Khuyến công tỉnh");
        body.put("beneficiaryId", beneficiaryId);
        body.put("activityType", activity);
        body.put("title", "Hỗ trợ máy móc thiết bị");
        body.put("content", "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất");
        body.put("supportVnd", supportVnd);
        body.put("counterpartVnd", counterpartVnd);
        body.put("otherVnd", 0);
        body.put("totalCostVnd", supportVnd + counterpartVnd);
        return body;
    }

    public static Response register(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(API + "/projects");
    }

    public static String registered(String token, Map<String, Object> body) {
        return register(token, body).then().statusCode(201).extract().path("id");
    }

    /** A LOCAL training project of 2025, registered and appraised by the province, ready for approval. */
    public static String appraised(String province, String beneficiaryId, long supportVnd) {
        String approver = Tokens.approver(province);
        String id = registered(
                approver, projectBody(province, beneficiaryId, "CONSULTING_AND_TRAINING", supportVnd, supportVnd));
        step(approver, id, "appraisal", "112/BB-SCT", "2025-01-20").then().statusCode(200);
        return id;
    }

    public static String etag(String token, String projectId) {
        return given().auth()
                .oauth2(token)
                .get(API + "/projects/" + projectId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static Response project(String token, String projectId) {
        return given().auth().oauth2(token).get(API + "/projects/" + projectId);
    }

    public static Response step(String token, String projectId, String path, String document, String date) {
        return post(token, projectId, path, Map.of("documentNumber", document, "documentDate", date), null);
    }

    public static Response post(String token, String projectId, String path, Object body, String key) {
        var request = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(token, projectId))
                .body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(API + "/projects/" + projectId + "/" + path);
    }

    public static Response approve(String token, String projectId, String allocationId) {
        return post(
                token,
                projectId,
                "approval",
                Map.of("allocationId", allocationId, "documentNumber", "215/QĐ-UBND", "documentDate", "2025-02-01"),
                null);
    }

    public static Response disburse(String token, String projectId, String ifMatch, String key, long amountVnd) {
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
                        "2025-05-02",
                        "voucher",
                        "UNC-" + amountVnd));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(API + "/projects/" + projectId + "/disbursements");
    }

    public static Response accept(String token, String projectId, long acceptedVnd) {
        return post(
                token,
                projectId,
                "acceptance",
                Map.of(
                        "documentNumber", "40/BB-NT",
                        "documentDate", "2025-10-20",
                        "acceptedVnd", acceptedVnd,
                        "deliveredOutputs", "Đã bàn giao"),
                null);
    }

    public static Response settle(String token, String projectId, long settledVnd) {
        return post(
                token,
                projectId,
                "settlement",
                Map.of("documentNumber", "88/QĐ-SCT", "documentDate", "2025-12-05", "settledVnd", settledVnd),
                null);
    }

    public static Response cancel(String token, String projectId) {
        return step(token, projectId, "cancellation", "30/QĐ-UBND", "2025-03-01");
    }

    public static Response reconciliation(String allocationId) {
        return given().auth().oauth2(MINISTRY).get(API + "/allocations/" + allocationId + "/reconciliation");
    }

    public static long number(Response r, String path) {
        return ((Number) r.then().extract().path(path)).longValue();
    }
}
