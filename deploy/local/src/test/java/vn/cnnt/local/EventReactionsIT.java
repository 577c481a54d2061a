package vn.cnnt.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reactions that tie the suite together, through the gateway of the running stack. */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventReactionsIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(45);

    @Test
    @Order(1)
    void shouldOpenTheCaoBangEnvelopesWhenItsPlanIsApprovedAndMoveProgressWithACommitment() {
        String plan = approvedCaoBangPlan();
        await().atMost(EVENTUALLY).untilAsserted(() -> as("caobang-approver").queryParam("planId", plan).get("/api/v1/funding/summary")
                .then().statusCode(200)
                .body("total.budgetVnd", equalTo(18_246_000_000L))
                .body("bySource.find { it.source == 'NATIONAL' }.money.budgetVnd", equalTo(13_800_000_000L))
                .body("bySource.find { it.source == 'LOCAL' }.money.budgetVnd", equalTo(4_446_000_000L)));

        String envelope = as("caobang-approver").queryParam("planId", plan).queryParam("source", "LOCAL").queryParam("year", 2022)
                .get("/api/v1/funding/envelopes").then().statusCode(200).extract().path("items[0].id");
        String beneficiary = as("caobang-officer").contentType(ContentType.JSON).body(Map.of("kind", "COOPERATIVE",
                "name", "HTX Dệt thổ cẩm Quảng Uyên", "taxCode", taxCode(), "provinceCode", "04"))
                .post("/api/v1/funding/beneficiaries").then().statusCode(201).extract().path("id");
        String commitment = as("caobang-officer").contentType(ContentType.JSON).body(Map.of("envelopeId", envelope,
                "beneficiaryId", beneficiary, "activityType", "VOCATIONAL_TRAINING", "title", "Truyền nghề dệt thổ cẩm",
                "eligibleCostVnd", 400_000_000L, "supportVnd", 250_000_000L))
                .post("/api/v1/funding/commitments").then().statusCode(201).extract().path("id");
        String etag = as("caobang-approver").get("/api/v1/funding/commitments/" + commitment).then().extract().header("ETag");
        as("caobang-approver").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("decisionNumber", "88/QĐ-SCT", "decisionDate", "2022-03-01"))
                .post("/api/v1/funding/commitments/" + commitment + "/approval").then().statusCode(200);

        await().atMost(EVENTUALLY).untilAsserted(() -> as("caobang-officer").get("/api/v1/plans/" + plan + "/progress").then()
                .statusCode(200).body("total.committedVnd", equalTo(250_000_000))
                .body("bySource.find { it.source == 'LOCAL' }.money.committedVnd", equalTo(250_000_000)));
    }

    @Test
    @Order(2)
    void shouldDeliverEveryEventWrittenWhileKafkaWasDown() throws Exception {
        RunningStack.stack().stopKafka();
        String plan;
        try {
            plan = approvedCaoBangPlan();
        } finally {
            RunningStack.stack().startKafka();
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("caobang-approver").queryParam("planId", plan)
                .get("/api/v1/funding/summary").then().statusCode(200).body("total.budgetVnd", equalTo(18_246_000_000L)));
    }

    @Test
    @Order(4)
    void shouldDeliverAnEventOnceInEffectWhenTheProducerDiesAfterItsCommit() throws Exception {
        RunningStack.stack().stopKafka();
        String plan;
        try {
            plan = approvedCaoBangPlan();
            RunningStack.stack().kill("plans-service");
        } finally {
            RunningStack.stack().startKafka();
        }
        RunningStack.stack().restart("plans-service");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("caobang-approver").queryParam("planId", plan)
                .get("/api/v1/funding/summary").then().statusCode(200).body("total.budgetVnd", equalTo(18_246_000_000L)));
        as("caobang-approver").queryParam("planId", plan).queryParam("pageSize", 500).get("/api/v1/funding/envelopes").then()
                .body("items.size()", equalTo(10));
    }

    @Test
    @Order(5)
    void shouldAnswerWithAProblemWhileAServiceIsDownAndKeepRoutingTheOthers() throws Exception {
        RunningStack.stack().kill("ocop-service");
        try {
            as("caobang-officer").get("/api/v1/ocop/products").then().statusCode(503)
                    .contentType("application/problem+json").body("type", equalTo("/problems/service-unavailable"))
                    .header("Retry-After", "5");
            as("caobang-officer").get("/api/v1/plans").then().statusCode(200);
        } finally {
            RunningStack.stack().restart("ocop-service");
        }
        as("caobang-officer").get("/api/v1/ocop/products").then().statusCode(200);
    }

    @Test
    @Order(3)
    void shouldSupportClusterInfrastructureOnlyOnceTheClusterIsEstablishedAndRecordTheSupportOnTheCluster() {
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("name", "Cụm công nghiệp Chu Trinh " + ThreadLocalRandom.current().nextInt(1_000_000));
        cluster.put("provinceCode", "04");
        cluster.put("craftVillage", false);
        cluster.put("mountainous", true);
        cluster.put("plannedIndustries", List.of("Chế biến nông lâm sản"));
        cluster.put("totalAreaHa", 30);
        cluster.put("industrialLandHa", 22.5);
        cluster.put("planDecisionNumber", "1520/QĐ-UBND");
        cluster.put("planDecisionDate", "2025-08-01");
        String clusterId = as("caobang-officer").contentType(ContentType.JSON).body(cluster).post("/api/v1/clusters")
                .then().statusCode(201).extract().path("id");
        String envelope = as("caobang-approver").contentType(ContentType.JSON).body(Map.of("provinceCode", "04", "fiscalYear", 2026,
                "source", "LOCAL", "budgetVnd", 5_000_000_000L, "decisionNumber", "7/QĐ-UBND"))
                .post("/api/v1/funding/envelopes").then().statusCode(201).extract().path("id");
        String developer = as("caobang-officer").contentType(ContentType.JSON).body(Map.of("kind", "CLUSTER_DEVELOPER",
                "name", "Trung tâm Khuyến công Cao Bằng", "provinceCode", "04"))
                .post("/api/v1/funding/beneficiaries").then().statusCode(201).extract().path("id");
        String commitment = as("caobang-officer").contentType(ContentType.JSON).body(Map.of("envelopeId", envelope,
                "beneficiaryId", developer, "activityType", "CLUSTER_INFRASTRUCTURE", "clusterId", clusterId,
                "title", "Hỗ trợ hạ tầng cụm công nghiệp", "eligibleCostVnd", 3_000_000_000L, "supportVnd", 900_000_000L))
                .post("/api/v1/funding/commitments").then().statusCode(201).extract().path("id");

        approveCommitment(commitment).then().statusCode(422).body("type", equalTo("/problems/cluster-not-established"));
        String etag = as("caobang-approver").get("/api/v1/clusters/" + clusterId).then().statusCode(200).extract().header("ETag");
        as("caobang-approver").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("decisionNumber", "2217/QĐ-UBND", "decisionDate", "2025-11-20"))
                .post("/api/v1/clusters/" + clusterId + "/establishment").then().statusCode(200);

        await().atMost(EVENTUALLY).untilAsserted(() -> approveCommitment(commitment).then().statusCode(200));
        await().atMost(EVENTUALLY).untilAsserted(() -> as("caobang-officer").get("/api/v1/clusters/" + clusterId).then()
                .body("stateSupportVnd", equalTo(900_000_000)));
    }

    private static io.restassured.response.Response approveCommitment(String commitment) {
        String etag = as("caobang-approver").get("/api/v1/funding/commitments/" + commitment).then().extract().header("ETag");
        return as("caobang-approver").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("decisionNumber", "91/QĐ-SCT", "decisionDate", "2026-01-15"))
                .post("/api/v1/funding/commitments/" + commitment + "/approval");
    }

    private static String approvedCaoBangPlan() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int year = 2021; year <= 2025; year++) {
            lines.add(Map.of("year", year, "source", "NATIONAL", "amountVnd", 2_760_000_000L));
            lines.add(Map.of("year", year, "source", "LOCAL", "amountVnd", 889_200_000L));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PLAN");
        body.put("title", "Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn 2021-2025");
        body.put("provinceCode", "04");
        body.put("documentNumber", ThreadLocalRandom.current().nextInt(1, 999_999) + "/KH-UBND");
        body.put("issuingAuthority", "UBND tỉnh Cao Bằng");
        body.put("issuedOn", "2021-05-10");
        body.put("periodFrom", 2021);
        body.put("periodTo", 2025);
        body.put("fundingLines", lines);
        String plan = as("caobang-officer").contentType(ContentType.JSON).body(body).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        step(plan, "submission", "caobang-officer");
        step(plan, "approval", "caobang-approver");
        return plan;
    }

    private static void step(String plan, String step, String user) {
        String etag = as(user).get("/api/v1/plans/" + plan).then().statusCode(200).extract().header("ETag");
        as(user).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of()).post("/api/v1/plans/" + plan + "/" + step)
                .then().statusCode(200);
    }

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningStack.gateway()).auth().oauth2(RunningStack.token(user));
    }

    private static String taxCode() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }
}
