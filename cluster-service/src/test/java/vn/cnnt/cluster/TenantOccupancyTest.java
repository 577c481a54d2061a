package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class TenantOccupancyTest {

    private static final String APPROVER = Tokens.approver("19");

    @Test
    void shouldDeriveOccupancyFromLeasedIndustrialLand() {
        String id = established(40, 30);
        Clusters.admitted(APPROVER, id, 12.5);

        Clusters.get(APPROVER, id)
                .then()
                .body("leasedHa", equalTo(12.5f))
                .body("freeIndustrialLandHa", equalTo(17.5f))
                .body("occupancy", equalTo(41.67f));
    }

    @Test
    void shouldRefuseATenantLargerThanTheFreeLandAndWriteNothing() {
        String id = established(40, 30);
        Clusters.admitted(APPROVER, id, 20);
        String version = Clusters.etag(APPROVER, id);

        Clusters.admit(APPROVER, id, Clusters.tenant(10.01))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/lease-exceeds-free-land"))
                .body("errors[0].field", equalTo("leasedHa"));
        assertThat(Clusters.etag(APPROVER, id)).isEqualTo(version);
        given().auth()
                .oauth2(APPROVER)
                .get(Clusters.BASE + "/" + id + "/tenants")
                .then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldRefuseTenantsBeforeEstablishment() {
        String id = Clusters.aCluster().create(APPROVER);

        Clusters.admit(APPROVER, id, Clusters.tenant(1))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/cluster-not-open-to-tenants"));
    }

    @Test
    void shouldNeverExceedFullOccupancyUnderConcurrentAdmissions() throws Exception {
        String id = established(12, 10);
        int attempts = 30;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Clusters.admit(APPROVER, id, Clusters.tenant(1)).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
        Clusters.get(APPROVER, id).then().body("leasedHa", equalTo(10.0f)).body("occupancy", equalTo(100.0f));
    }

    @Test
    void shouldFreeTheLandWhenATenantLeaves() {
        String id = established(40, 30);
        String tenant = Clusters.admitted(APPROVER, id, 30);
        String path = Clusters.BASE + "/" + id + "/tenants/" + tenant;

        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of("leftOn", "2025-08-10"))
                .post(path + "/departure")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", given().auth().oauth2(APPROVER).get(path).header("ETag"))
                .body(Map.of("leftOn", "2025-08-10"))
                .post(path + "/departure")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/departure-before-lease-start"));
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", given().auth().oauth2(APPROVER).get(path).header("ETag"))
                .body(Map.of("leftOn", "2025-12-31"))
                .post(path + "/departure")
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT"));

        Clusters.get(APPROVER, id).then().body("leasedHa", equalTo(0.0f)).body("occupancy", equalTo(0.0f));
        List<String> actions = given().auth()
                .oauth2(APPROVER)
                .get(path + "/history")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions).containsExactly("ADMITTED", "LEFT");
    }

    @Test
    void shouldReplayAnAdmissionRetriedWithTheSameIdempotencyKey() {
        String id = established(40, 30);
        Map<String, Object> tenant = Clusters.tenant(5);

        String first = given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "lease-" + id)
                .body(tenant)
                .post(Clusters.BASE + "/" + id + "/tenants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String replay = given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "lease-" + id)
                .body(tenant)
                .post(Clusters.BASE + "/" + id + "/tenants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        assertThat(replay).isEqualTo(first);
        Clusters.get(APPROVER, id).then().body("leasedHa", equalTo(5.0f));
    }

    private static String established(int totalHa, int industrialHa) {
        String id = Clusters.aCluster().area(totalHa, industrialHa).create(APPROVER);
        Clusters.establish(APPROVER, id);
        return id;
    }
}
