package vn.cnnt.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

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
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as("caobang-approver")
                        .queryParam("planId", plan)
                        .get("/api/v1/funding/summary")
                        .then()
                        .statusCode(200)
                        .body("total.budgetVnd", equalTo(18_246_000_000L))
                        .body("bySource.find { it.source == 'NATIONAL' }.money.budgetVnd", equalTo(13_800_000_000L))
                        .body("bySource.find { it.source == 'LOCAL' }.money.budgetVnd", equalTo(4_446_000_000L)));

        String envelope = as("caobang-approver")
                .queryParam("planId", plan)
                .queryParam("source", "LOCAL")
                .queryParam("year", 2022)
                .get("/api/v1/funding/envelopes")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String beneficiary = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "COOPERATIVE",
                        "name",
                        "HTX Dệt thổ cẩm Quảng Uyên",
                        "taxCode",
                        taxCode(),
                        "provinceCode",
                        "04"))
                .post("/api/v1/funding/beneficiaries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String commitment = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "envelopeId",
                        envelope,
                        "beneficiaryId",
                        beneficiary,
                        "activityType",
                        "VOCATIONAL_TRAINING",
                        "title",
                        "Truyền nghề dệt thổ cẩm",
                        "eligibleCostVnd",
                        400_000_000L,
                        "supportVnd",
                        250_000_000L))
                .post("/api/v1/funding/commitments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = as("caobang-approver")
                .get("/api/v1/funding/commitments/" + commitment)
                .then()
                .extract()
                .header("ETag");
        as("caobang-approver")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("decisionNumber", "88/QĐ-SCT", "decisionDate", "2022-03-01"))
                .post("/api/v1/funding/commitments/" + commitment + "/approval")
                .then()
                .statusCode(200);

        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as("caobang-officer")
                        .get("/api/v1/plans/" + plan + "/progress")
                        .then()
                        .statusCode(200)
                        .body("total.committedVnd", equalTo(250_000_000))
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
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> as("caobang-approver")
                        .queryParam("planId", plan)
                        .get("/api/v1/funding/summary")
                        .then()
                        .statusCode(200)
                        .body("total.budgetVnd", equalTo(18_246_000_000L)));
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
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> as("caobang-approver")
                        .queryParam("planId", plan)
                        .get("/api/v1/funding/summary")
                        .then()
                        .statusCode(200)
                        .body("total.budgetVnd", equalTo(18_246_000_000L)));
        as("caobang-approver")
                .queryParam("planId", plan)
                .queryParam("pageSize", 500)
                .get("/api/v1/funding/envelopes")
                .then()
                .body("items.size()", equalTo(10));
    }

    @Test
    @Order(5)
    void shouldAnswerWithAProblemWhileAServiceIsDownAndKeepRoutingTheOthers() throws Exception {
        RunningStack.stack().kill("ocop-service");
        try {
            as("caobang-officer")
                    .get("/api/v1/ocop/products")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/service-unavailable"))
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"));
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
        cluster.put(
                "name",
                "Cụm công nghiệp Chu Trinh " + ThreadLocalRandom.current().nextInt(1_000_000));
        cluster.put("provinceCode", "04");
        cluster.put("craftVillage", false);
        cluster.put("mountainous", true);
        cluster.put("plannedIndustries", List.of("Chế biến nông lâm sản"));
        cluster.put("totalAreaHa", 30);
        cluster.put("industrialLandHa", 22.5);
        cluster.put("planDecisionNumber", "1520/QĐ-UBND");
        cluster.put("planDecisionDate", "2025-08-01");
        String clusterId = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(cluster)
                .post("/api/v1/clusters")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String envelope = as("caobang-approver")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "provinceCode",
                        "04",
                        "fiscalYear",
                        2026,
                        "source",
                        "LOCAL",
                        "budgetVnd",
                        5_000_000_000L,
                        "decisionNumber",
                        "7/QĐ-UBND"))
                .post("/api/v1/funding/envelopes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String developer = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind", "CLUSTER_DEVELOPER", "name", "Trung tâm Khuyến công Cao Bằng", "provinceCode", "04"))
                .post("/api/v1/funding/beneficiaries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String commitment = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "envelopeId",
                        envelope,
                        "beneficiaryId",
                        developer,
                        "activityType",
                        "CLUSTER_INFRASTRUCTURE",
                        "clusterId",
                        clusterId,
                        "title",
                        "Hỗ trợ hạ tầng cụm công nghiệp",
                        "eligibleCostVnd",
                        3_000_000_000L,
                        "supportVnd",
                        900_000_000L))
                .post("/api/v1/funding/commitments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        approveCommitment(commitment).then().statusCode(422).body("type", equalTo("/problems/cluster-not-established"));
        String etag = as("caobang-approver")
                .get("/api/v1/clusters/" + clusterId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as("caobang-approver")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("decisionNumber", "2217/QĐ-UBND", "decisionDate", "2025-11-20"))
                .post("/api/v1/clusters/" + clusterId + "/establishment")
                .then()
                .statusCode(200);

        await().atMost(EVENTUALLY)
                .untilAsserted(() -> approveCommitment(commitment).then().statusCode(200));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as("caobang-officer")
                        .get("/api/v1/clusters/" + clusterId)
                        .then()
                        .body("stateSupportVnd", equalTo(900_000_000)));
    }

    @Test
    @Order(6)
    void shouldSupportTradePromotionOnlyForACertifiedProductAndCountItAgainstThePlansOcopTarget() {
        String plan = approvedOcopPlan();
        String certified = product("Miến dong Nguyên Bình");
        String uncertified = product("Miến dong Phục Hòa");
        String evaluation = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "productId",
                        certified,
                        "criteriaSetId",
                        criteriaSetScoring(78),
                        "councilLevel",
                        "PROVINCIAL",
                        "round",
                        "Đợt 2 năm 2026",
                        "decisionNumber",
                        "2101/QĐ-UBND",
                        "decisionDate",
                        "2026-11-20",
                        "sheets",
                        List.of(Map.of(
                                "memberName",
                                "Chủ tịch Hội đồng",
                                "choices",
                                List.of(
                                        Map.of("criterion", "A1", "option", "A1.x"),
                                        Map.of("criterion", "B1", "option", "B1.x"),
                                        Map.of("criterion", "C1", "option", "C1.x"))))))
                .post("/api/v1/ocop/evaluations")
                .then()
                .statusCode(201)
                .body("stars", equalTo(4))
                .extract()
                .path("id");
        String etag = as("caobang-approver")
                .get("/api/v1/ocop/evaluations/" + evaluation)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as("caobang-approver")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of(
                        "certificateNumber",
                        "OCOP-04-2026-" + ThreadLocalRandom.current().nextInt(1_000_000)))
                .post("/api/v1/ocop/evaluations/" + evaluation + "/certificate")
                .then()
                .statusCode(201);

        String envelope = as("caobang-approver")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "provinceCode",
                        "04",
                        "fiscalYear",
                        2026,
                        "source",
                        "LOCAL",
                        "budgetVnd",
                        2_000_000_000L,
                        "decisionNumber",
                        "12/QĐ-UBND"))
                .post("/api/v1/funding/envelopes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String producer = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "COOPERATIVE",
                        "name",
                        "HTX Miến dong Nguyên Bình",
                        "taxCode",
                        taxCode(),
                        "provinceCode",
                        "04"))
                .post("/api/v1/funding/beneficiaries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String forCertified = tradePromotion(envelope, producer, certified);
        String forUncertified = tradePromotion(envelope, producer, uncertified);

        await().atMost(EVENTUALLY)
                .untilAsserted(() -> approveCommitment(forCertified).then().statusCode(200));
        approveCommitment(forUncertified)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/product-not-certified"));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as("caobang-officer")
                        .get("/api/v1/plans/" + plan + "/progress")
                        .then()
                        .statusCode(200)
                        .body("targets[0].achieved", equalTo(1)));
    }

    /** A plan of Cao Bằng for 2026 whose OCOP task targets 5 products of 3 stars or more. */
    private static String approvedOcopPlan() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PLAN");
        body.put("title", "Kế hoạch thực hiện Chương trình OCOP tỉnh Cao Bằng năm 2026");
        body.put("provinceCode", "04");
        body.put("documentNumber", ThreadLocalRandom.current().nextInt(1, 999_999) + "/KH-UBND");
        body.put("issuingAuthority", "UBND tỉnh Cao Bằng");
        body.put("issuedOn", "2026-01-20");
        body.put("periodFrom", 2026);
        body.put("periodTo", 2026);
        body.put(
                "tasks",
                List.of(Map.of(
                        "code",
                        "1",
                        "title",
                        "Đánh giá, phân hạng sản phẩm OCOP",
                        "category",
                        "OCOP",
                        "leadAgency",
                        "Sở Nông nghiệp và Môi trường",
                        "coordinatingAgencies",
                        List.of("Sở Công Thương"),
                        "targets",
                        List.of(Map.of(
                                "indicator",
                                "Sản phẩm OCOP 3 sao trở lên",
                                "unit",
                                "sản phẩm",
                                "targetValue",
                                5,
                                "year",
                                2026,
                                "ocop",
                                Map.of("minStars", 3, "count", "NEW"))))));
        body.put("fundingLines", List.of(Map.of("year", 2026, "source", "LOCAL", "amountVnd", 500_000_000L)));
        String plan = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        step(plan, "submission", "caobang-officer");
        step(plan, "approval", "caobang-approver");
        return plan;
    }

    private static String product(String name) {
        String producer = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Hợp tác xã " + name,
                        "kind",
                        "COOPERATIVE",
                        "provinceCode",
                        "04",
                        "registeredOn",
                        "2023-05-10"))
                .post("/api/v1/ocop/producers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "producerId",
                        producer,
                        "categoryCode",
                        "05",
                        "provinceCode",
                        "04",
                        "registeredOn",
                        "2023-06-01"))
                .post("/api/v1/ocop/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A criteria set loaded by an administrator whose options A1.x + B1.x + C1.x add up to {@code score} points. */
    private static String criteriaSetScoring(int score) {
        int a = Math.min(score, 40);
        int b = Math.min(score - a, 25);
        int c = score - a - b;
        Map<String, Object> sheet = Map.of(
                "parts",
                List.of(
                        part("A", "Sản phẩm và sức mạnh cộng đồng", 40, a),
                        part("B", "Khả năng tiếp thị", 25, b),
                        part("C", "Chất lượng sản phẩm", 35, c)));
        return as("admin")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "categoryCode",
                        "05",
                        "regimeCode",
                        "QD-148-1489-2025",
                        "name",
                        "Phiếu đánh giá thử " + ThreadLocalRandom.current().nextInt(1_000_000),
                        "sheet",
                        sheet))
                .post("/api/v1/ocop/criteria-sets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> part(String code, String name, int max, int chosen) {
        List<Map<String, Object>> options =
                List.of(option(code + "1.0", 0), option(code + "1.x", chosen), option(code + "1.max", max));
        return Map.of(
                "code",
                code,
                "name",
                name,
                "maxPoints",
                max,
                "criteria",
                List.of(Map.of("code", code + "1", "name", "Tiêu chí " + code + "1", "options", options)));
    }

    private static Map<String, Object> option(String code, int points) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("code", code);
        option.put("text", "Mức " + code);
        option.put("points", points);
        option.put("minimumForStars", null);
        return option;
    }

    private static String tradePromotion(String envelope, String beneficiary, String product) {
        return as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "envelopeId",
                        envelope,
                        "beneficiaryId",
                        beneficiary,
                        "activityType",
                        "TRADE_PROMOTION",
                        "productId",
                        product,
                        "title",
                        "Gian hàng OCOP tại hội chợ",
                        "eligibleCostVnd",
                        60_000_000L,
                        "supportVnd",
                        30_000_000L))
                .post("/api/v1/funding/commitments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static io.restassured.response.Response approveCommitment(String commitment) {
        String etag = as("caobang-approver")
                .get("/api/v1/funding/commitments/" + commitment)
                .then()
                .extract()
                .header("ETag");
        return as("caobang-approver")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("decisionNumber", "91/QĐ-SCT", "decisionDate", "2026-11-22"))
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
        String plan = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        step(plan, "submission", "caobang-officer");
        step(plan, "approval", "caobang-approver");
        return plan;
    }

    private static void step(String plan, String step, String user) {
        String etag = as(user).get("/api/v1/plans/" + plan)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(user).contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of())
                .post("/api/v1/plans/" + plan + "/" + step)
                .then()
                .statusCode(200);
    }

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningStack.gateway()).auth().oauth2(RunningStack.token(user));
    }

    private static String taxCode() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }
}
