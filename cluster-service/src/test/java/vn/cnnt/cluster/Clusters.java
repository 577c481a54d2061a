package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** HTTP steps and request builders of the cluster tests: fresh, uniquely named data per test. */
public final class Clusters {

    // Handed out in sequence from a random start, so that no two tests of a run ever share an area (drawn at random,
    // two of a run's dozen districts met one time in twenty, and an establishment rule then counted the other's).
    private static final AtomicInteger DISTRICTS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(900));
    private static final AtomicInteger COMMUNES =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(89_999));

    public static final String BASE = "/api/v1/clusters";

    private Clusters() {}

    public static ClusterBuilder aCluster() {
        return new ClusterBuilder();
    }

    /** A commune no other test uses, so "the same area" of the establishment rule is the test's own. */
    public static String freshCommune() {
        return String.format("%05d", 10_000 + COMMUNES.getAndIncrement() % 89_999);
    }

    /** A district code (3 digits, the list before 1 July 2025) no other test uses. */
    public static String freshDistrict() {
        return String.format("%03d", 100 + DISTRICTS.getAndIncrement() % 900);
    }

    public static final class ClusterBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        ClusterBuilder() {
            body.put(
                    "name",
                    "Cụm công nghiệp Thử nghiệm " + UUID.randomUUID().toString().substring(0, 8));
            body.put("provinceCode", "19");
            body.put("communeCode", freshCommune());
            body.put("craftVillage", false);
            body.put("mountainous", false);
            body.put("plannedIndustries", List.of("Cơ khí"));
            body.put("totalAreaHa", 50);
            body.put("industrialLandHa", 40);
            body.put("planDecisionNumber", "100/QĐ-UBND");
            body.put("planDecisionDate", "2025-08-01");
        }

        public ClusterBuilder with(String field, Object value) {
            if (value == null) {
                body.remove(field);
            } else {
                body.put(field, value);
            }
            return this;
        }

        public ClusterBuilder named(String name) {
            return with("name", name);
        }

        public ClusterBuilder inProvince(String province) {
            return with("provinceCode", province);
        }

        public ClusterBuilder inCommune(String commune) {
            return with("communeCode", commune);
        }

        public ClusterBuilder area(Object totalHa, Object industrialHa) {
            return with("totalAreaHa", totalHa).with("industrialLandHa", industrialHa);
        }

        public ClusterBuilder plannedOn(String date) {
            return with("planDecisionDate", date);
        }

        public Response post(String token) {
            return given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(BASE);
        }

        public String create(String token) {
            return post(token).then().statusCode(201).extract().path("id");
        }
    }

    public static Response get(String token, String id) {
        return given().auth().oauth2(token).get(BASE + "/" + id);
    }

    public static String etag(String token, String id) {
        return get(token, id).then().statusCode(200).extract().header("ETag");
    }

    public static Map<String, Object> decision(String number, String date) {
        return Map.of("decisionNumber", number, "decisionDate", date);
    }

    public static Response transition(String token, String id, String transition, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(token, id))
                .body(body)
                .post(BASE + "/" + id + "/" + transition);
    }

    public static void establish(String token, String id) {
        transition(token, id, "establishment", decision("200/QĐ-UBND", "2025-08-10"))
                .then()
                .statusCode(200);
    }

    /** Established, under construction and operating, with decisions dated in August 2025. */
    public static void operate(String token, String id) {
        establish(token, id);
        transition(token, id, "construction", decision("201/QĐ-UBND", "2025-08-11"))
                .then()
                .statusCode(200);
        transition(token, id, "operation", decision("202/QĐ-UBND", "2025-08-12"))
                .then()
                .statusCode(200);
    }

    public static Map<String, Object> tenant(Object leasedHa) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "investorName",
                "Công ty TNHH Thử nghiệm " + UUID.randomUUID().toString().substring(0, 6));
        body.put("projectName", "Nhà máy sản xuất");
        body.put("industry", "Da giày");
        body.put("leasedHa", leasedHa);
        body.put("registeredCapitalVnd", 50_000_000_000L);
        body.put("jobs", 300);
        body.put("leaseStart", "2025-08-15");
        return body;
    }

    public static Response admit(String token, String clusterId, Map<String, Object> tenant) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(tenant)
                .post(BASE + "/" + clusterId + "/tenants");
    }

    public static String admitted(String token, String clusterId, Object leasedHa) {
        return admit(token, clusterId, tenant(leasedHa))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Sets the completion of shared infrastructure through the ordinary edit. */
    public static void finishInfrastructure(String token, String id) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(token, id))
                .body(Map.of(
                        "name",
                        get(token, id).path("name"),
                        "plannedIndustries",
                        List.of("Cơ khí"),
                        "sharedInfrastructureCompletedOn",
                        "2025-09-01"))
                .put(BASE + "/" + id)
                .then()
                .statusCode(200);
    }
}
