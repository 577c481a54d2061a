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
    void shouldRecordTheCaoBangEstimateOpenNoMoneyAndMoveProgressWithAnApprovedProject() {
        String plan = approvedCaoBangPlan();
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as("caobang-approver")
                        .queryParam("planId", plan)
                        .get("/api/v1/funding/summary")
                        .then()
                        .statusCode(200)
                        .body("total.estimateVnd", equalTo(18_246_000_000L))
                        .body("total.allocatedVnd", equalTo(0)));

        String allocation = allocation(plan, 2022, 889_200_000L);
        String beneficiary = beneficiary("COOPERATIVE", "HTX Dệt thổ cẩm Quảng Uyên");
        Map<String, Object> project = project(2022, "2022-01-10", beneficiary, "VOCATIONAL_TRAINING", 250_000_000L);
        project.put("planId", plan);
        project.put("counterpartVnd", 150_000_000L);
        project.put("totalCostVnd", 400_000_000L);
        String id = appraisedProject(project);
        approveProject(id, allocation, "2022-03-01").then().statusCode(200);

        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as("caobang-officer")
                        .get("/api/v1/plans/" + plan + "/progress")
                        .then()
                        .statusCode(200)
                        // 250 triệu of public support and 150 triệu of counterpart money mobilised by the project
                        .body("total.committedVnd", equalTo(400_000_000))
                        .body("bySource.find { it.source == 'LOCAL' }.money.committedVnd", equalTo(250_000_000))
                        .body("bySource.find { it.source == 'COUNTERPART' }.money.committedVnd", equalTo(150_000_000)));
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
                        .body("total.estimateVnd", equalTo(18_246_000_000L)));
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
                        .body("total.estimateVnd", equalTo(18_246_000_000L)));
        as("caobang-approver").get("/api/v1/funding/estimates/" + plan).then().body("lines.size()", equalTo(10));
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
        // after 1 July 2025 the establishment rule is measured over the commune
        cluster.put(
                "communeCode", String.format("%05d", ThreadLocalRandom.current().nextInt(10_000, 99_999)));
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
        String allocation = allocation(null, 2026, 5_000_000_000L);
        String developer = beneficiary("CLUSTER_DEVELOPER", "Trung tâm Khuyến công Cao Bằng");
        Map<String, Object> body = project(2026, "2025-12-01", developer, "CLUSTER_INFRASTRUCTURE", 900_000_000L);
        body.put("clusterId", clusterId);
        body.put("counterpartVnd", 2_100_000_000L);
        body.put("totalCostVnd", 3_000_000_000L);
        String commitment = appraisedProject(body);

        approveProject(commitment, allocation, "2026-11-22")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/cluster-not-established"));
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
                .untilAsserted(() -> approveProject(commitment, allocation, "2026-11-22")
                        .then()
                        .statusCode(200));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as("caobang-officer")
                        .get("/api/v1/clusters/" + clusterId)
                        .then()
                        .body("stateSupportVnd", equalTo(900_000_000)));
        // the project is cancelled: the cluster's state support follows
        projectStep(commitment, "cancellation", "caobang-approver").then().statusCode(200);
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as("caobang-officer")
                        .get("/api/v1/clusters/" + clusterId)
                        .then()
                        .body("stateSupportVnd", equalTo(0)));
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
                        "communePreScreening",
                        Map.of("communeCode", "01234", "decisionNumber", "17/UBND-KT", "decisionDate", "2026-11-10"),
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

        String allocation = allocation(null, 2026, 2_000_000_000L);
        String forCertified = tradePromotion(beneficiary("COOPERATIVE", "HTX Miến dong Nguyên Bình"), certified);
        String forUncertified = tradePromotion(beneficiary("COOPERATIVE", "HTX Miến dong Phục Hòa"), uncertified);

        await().atMost(EVENTUALLY)
                .untilAsserted(() -> approveProject(forCertified, allocation, "2026-11-22")
                        .then()
                        .statusCode(200));
        approveProject(forUncertified, allocation, "2026-11-22")
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

    private static String tradePromotion(String beneficiary, String product) {
        Map<String, Object> body = project(2026, "2026-10-01", beneficiary, "TRADE_PROMOTION", 30_000_000L);
        body.put("productId", product);
        body.put("title", "Gian hàng OCOP tại hội chợ");
        return appraisedProject(body);
    }

    /** A LOCAL allocation of Cao Bằng by its approver (the Provincial People's Committee). */
    private static String allocation(String plan, int year, long amountVnd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provinceCode", "04");
        body.put("planId", plan);
        body.put("fiscalYear", year);
        body.put("source", "LOCAL");
        body.put("amountVnd", amountVnd);
        body.put("decisionNumber", ThreadLocalRandom.current().nextInt(1, 999_999) + "/QĐ-UBND");
        body.put("decisionDate", (year - 1) + "-12-20");
        return as("caobang-approver")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/funding/allocations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String beneficiary(String kind, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name + " " + ThreadLocalRandom.current().nextInt(1_000_000));
        if (!"CLUSTER_DEVELOPER".equals(kind)) {
            body.put("taxCode", taxCode());
        }
        body.put("provinceCode", "04");
        return as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/funding/beneficiaries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A LOCAL project of Cao Bằng: support + counterpart (the same) = total. */
    private static Map<String, Object> project(
            int year, String registeredOn, String beneficiary, String activity, long supportVnd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provinceCode", "04");
        body.put("source", "LOCAL");
        body.put("fiscalYear", year);
        body.put("registeredOn", registeredOn);
        body.put("documentNumber", "85/TTr-SCT");
        body.put("implementingUnit", "Trung tâm Khuyến công tỉnh Cao Bằng");
        body.put("beneficiaryId", beneficiary);
        body.put("activityType", activity);
        body.put("title", "Đề án khuyến công " + activity);
        body.put("content", "Nội dung đề án");
        body.put("supportVnd", supportVnd);
        body.put("counterpartVnd", supportVnd);
        body.put("otherVnd", 0);
        body.put("totalCostVnd", 2 * supportVnd);
        return body;
    }

    /** Registers the project (an officer of the DOIT) and appraises it (thẩm định). */
    private static String appraisedProject(Map<String, Object> body) {
        String id = as("caobang-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/funding/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        projectStep(id, "appraisal", "caobang-officer").then().statusCode(200);
        return id;
    }

    private static io.restassured.response.Response projectStep(String project, String step, String user) {
        String etag = as(user).get("/api/v1/funding/projects/" + project)
                .then()
                .extract()
                .header("ETag");
        return as(user).contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("documentNumber", "12/BB-SCT", "documentDate", "2025-12-05"))
                .post("/api/v1/funding/projects/" + project + "/" + step);
    }

    private static io.restassured.response.Response approveProject(String project, String allocation, String date) {
        String etag = as("caobang-approver")
                .get("/api/v1/funding/projects/" + project)
                .then()
                .extract()
                .header("ETag");
        return as("caobang-approver")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("allocationId", allocation, "documentNumber", "91/QĐ-UBND", "documentDate", date))
                .post("/api/v1/funding/projects/" + project + "/approval");
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
