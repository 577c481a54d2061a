package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.projection.service.ProjectionService;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * The rules of support: budget lines, ceilings on public support only (machinery and a technology line are one cap),
 * no second state support for the same content, a province's counterpart minimum, certificates, clusters, idempotency.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ProjectRulesTest {

    private static final String APPROVER = Tokens.approver("04");

    @Inject
    ProjectionService projections;

    @Inject
    EntityManager em;

    private static Map<String, Object> body(String province, String activity, long total, long support) {
        Map<String, Object> body = Funding.projectBody(
                province, Funding.beneficiary(Tokens.approver(province), province), activity, support, total - support);
        return body;
    }

    private static Response register(String activity, long total, long support) {
        return Funding.register(APPROVER, body("04", activity, total, support));
    }

    /** Registers, appraises and approves on a fresh allocation; answers the approval. */
    private static Response approved(String province, Map<String, Object> body) {
        String approver = Tokens.approver(province);
        String allocation = Funding.allocation(province, "LOCAL", 2025, 5_000_000_000L);
        String id = Funding.registered(approver, body);
        Funding.step(approver, id, "appraisal", "112/BB-SCT", "2025-01-20")
                .then()
                .statusCode(200);
        return Funding.approve(approver, id, allocation);
    }

    @Test
    void shouldRefuseBudgetLinesThatDoNotAddUpAndWriteNothing() {
        Map<String, Object> body = body("04", "CONSULTING_AND_TRAINING", 300_000_000L, 100_000_000L);
        String marker = "Lines" + UUID.randomUUID().toString().substring(0, 8);
        body.put("title", marker);
        body.put("totalCostVnd", 300_000_001L);
        Funding.register(APPROVER, body)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/budget-lines-mismatch"))
                .body("errors[0].field", equalTo("totalCostVnd"));
        body.put("supportVnd", 1_000_000_000_000_001L);
        Funding.register(APPROVER, body).then().statusCode(422).body("type", equalTo("/problems/validation-failed"));
        body.put("supportVnd", "1e3");
        Funding.register(APPROVER, body).then().statusCode(400);
        given().auth()
                .oauth2(APPROVER)
                .queryParam("q", marker)
                .get(Funding.API + "/projects")
                .then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldCapADemonstrationModelAtThirtyPercentOfItsCostButNeverTheCounterpart() {
        register("DEMONSTRATION_MODEL", 1_000_000_000L, 300_000_001L)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/support-above-ceiling"));
        register("DEMONSTRATION_MODEL", 4_000_000_000L, 1_000_000_001L).then().statusCode(422);
        // the counterpart (700 triệu) and other money are not capped: only the public support is
        Map<String, Object> body = body("04", "DEMONSTRATION_MODEL", 1_000_000_000L, 300_000_000L);
        body.put("counterpartVnd", 600_000_000L);
        body.put("otherVnd", 100_000_000L);
        approved("04", body).then().statusCode(200);
        Map<String, Object> big = body("04", "DEMONSTRATION_MODEL", 4_000_000_000L, 1_000_000_000L);
        approved("04", big).then().statusCode(200).body("budget.counterpartVnd", equalTo(3_000_000_000L));
    }

    @Test
    void shouldRaiseTheMachineryCapToOneAndAHalfTimesForAWholeLineWithoutAddingTheTwo() {
        register("MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 300_000_001L)
                .then()
                .statusCode(422)
                .body("detail", containsString("300,000,000"));
        register("TECHNOLOGY_LINE", 1_000_000_000L, 450_000_001L)
                .then()
                .statusCode(422)
                .body("detail", containsString("450,000,000"));
        register("TECHNOLOGY_LINE", 1_000_000_000L, 450_000_000L).then().statusCode(201);

        // one establishment: machinery 300 then a line — the line's cap is 450 in all, not 300 + 450
        String establishment = Funding.beneficiary(APPROVER, "04");
        String allocation = Funding.allocation("04", "LOCAL", 2025, 5_000_000_000L);
        Map<String, Object> machinery = Funding.projectBody(
                "04", establishment, "MACHINERY_AND_TECHNOLOGY_TRANSFER", 300_000_000L, 700_000_000L);
        String first = Funding.registered(APPROVER, machinery);
        Funding.step(APPROVER, first, "appraisal", "1/BB", "2025-01-20").then().statusCode(200);
        Funding.approve(APPROVER, first, allocation).then().statusCode(200);
        Map<String, Object> line =
                Funding.projectBody("04", establishment, "TECHNOLOGY_LINE", 150_000_000L, 850_000_000L);
        String second = Funding.registered(APPROVER, line);
        Funding.step(APPROVER, second, "appraisal", "2/BB", "2025-01-20").then().statusCode(200);
        Funding.approve(APPROVER, second, allocation)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate-state-support"));
        Funding.allocationView(allocation).then().body("committedVnd", equalTo(300_000_000));
    }

    @Test
    void shouldRefuseASecondStateSupportForTheSameContentInAYearFromEitherSource() {
        String establishment = Funding.beneficiary(APPROVER, "04");
        String local = Funding.allocation("04", "LOCAL", 2025, 1_000_000_000L);
        String national = Funding.allocation("04", "NATIONAL", 2025, 1_000_000_000L);
        String first = Funding.appraised("04", establishment, 100_000_000L);
        Funding.approve(APPROVER, first, local).then().statusCode(200);

        String again = Funding.appraised("04", establishment, 50_000_000L);
        Funding.approve(APPROVER, again, local)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate-state-support"));

        Map<String, Object> nationalBody =
                Funding.projectBody("04", establishment, "CONSULTING_AND_TRAINING", 80_000_000L, 80_000_000L);
        nationalBody.put("source", "NATIONAL");
        nationalBody.put("registeredOn", "2024-05-10");
        String n = Funding.registered(APPROVER, nationalBody);
        Funding.step(APPROVER, n, "appraisal", "3/BB", "2024-05-20").then().statusCode(200);
        Funding.step(Funding.MINISTRY, n, "central-appraisal", "4/BB", "2024-08-20")
                .then()
                .statusCode(200);
        Funding.approve(Funding.MINISTRY, n, national)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate-state-support"));
        Funding.allocationView(national).then().body("committedVnd", equalTo(0));

        // another content, or the same content the year after, is supported
        String otherContent =
                Funding.registered(APPROVER, Funding.projectBody("04", establishment, "COMMUNICATION", 30_000_000L, 0));
        Funding.step(APPROVER, otherContent, "appraisal", "5/BB", "2025-01-20")
                .then()
                .statusCode(200);
        Funding.approve(APPROVER, otherContent, local).then().statusCode(200);
        // once the first is cancelled, the content is free again
        Funding.cancel(APPROVER, first).then().statusCode(200);
        Funding.approve(APPROVER, again, local).then().statusCode(200);
    }

    @Test
    void shouldApplyAProvincesOwnLevelAndCounterpartMinimumLoadedByAnAdministrator() {
        Map<String, Object> ceiling = Map.of(
                "activityType", "MACHINERY_AND_TECHNOLOGY_TRANSFER",
                "source", "LOCAL",
                "provinceCode", "12",
                "maxShare", 0.40,
                "maxAmountVnd", 200_000_000L,
                "amountScope", "ESTABLISHMENT_YEAR",
                "minCounterpartShare", 0.5,
                "effectiveFrom", "2024-01-01",
                "legalBasis", "Nghị quyết HĐND tỉnh Lai Châu (mức hỗ trợ địa phương)");
        given().auth()
                .oauth2(Tokens.approver("12"))
                .contentType(ContentType.JSON)
                .body(ceiling)
                .post(Funding.API + "/ceilings")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(ceiling)
                .post(Funding.API + "/ceilings")
                .then()
                .statusCode(oneOf(201, 409));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(ceiling)
                .post(Funding.API + "/ceilings")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate-ceiling"));
        List<String> bases = given().auth()
                .oauth2(Tokens.viewer("12"))
                .queryParam("activityType", "MACHINERY_AND_TECHNOLOGY_TRANSFER")
                .queryParam("province", "12")
                .get(Funding.API + "/ceilings")
                .then()
                .statusCode(200)
                .extract()
                .path("items.legalBasis");
        assertThat(bases).contains("TT 28/2018/TT-BTC", "Nghị quyết HĐND tỉnh Lai Châu (mức hỗ trợ địa phương)");

        String laiChau = Tokens.approver("12");
        Funding.register(laiChau, body("12", "MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 250_000_000L))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/support-above-ceiling"))
                .body("detail", containsString("province 12"));
        Map<String, Object> lowCounterpart =
                body("12", "MACHINERY_AND_TECHNOLOGY_TRANSFER", 400_000_000L, 150_000_000L);
        lowCounterpart.put("counterpartVnd", 150_000_000L);
        lowCounterpart.put("otherVnd", 100_000_000L);
        Funding.register(laiChau, lowCounterpart)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/counterpart-below-minimum"));
        approved("12", body("12", "MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 200_000_000L))
                .then()
                .statusCode(200);
        // Cao Bằng keeps the nationwide level
        approved("04", body("04", "MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 250_000_000L))
                .then()
                .statusCode(200);
    }

    @Test
    void shouldSupportTradePromotionOnlyForAProductWithAValidThreeStarCertificate() {
        UUID certified = UUID.randomUUID();
        UUID twoStars = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            projections.applyCertificate(certified, 4, "VALID", LocalDate.of(2027, 4, 1), 1);
            projections.applyCertificate(twoStars, 2, "VALID", LocalDate.of(2027, 4, 1), 1);
        });
        for (var product : List.of(certified, twoStars, UUID.randomUUID())) {
            Map<String, Object> body = body("04", "TRADE_PROMOTION", 200_000_000L, 100_000_000L);
            body.put("productId", product.toString());
            var answer = approved("04", body).then();
            if (product.equals(certified)) {
                answer.statusCode(200);
            } else {
                answer.statusCode(422).body("type", equalTo("/problems/product-not-certified"));
            }
        }
    }

    @Test
    void shouldSupportClusterInfrastructureOnlyForAnEstablishedCluster() {
        UUID established = UUID.randomUUID();
        UUID planned = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            projections.applyClusterStatus(established, "ESTABLISHED", 2);
            projections.applyClusterStatus(established, "IN_PLAN", 1);
            projections.applyClusterStatus(planned, "IN_PLAN", 1);
        });
        Map<String, Object> ok = body("04", "CLUSTER_INFRASTRUCTURE", 2_000_000_000L, 500_000_000L);
        ok.put("clusterId", established.toString());
        approved("04", ok).then().statusCode(200);
        Map<String, Object> early = body("04", "CLUSTER_INFRASTRUCTURE", 2_000_000_000L, 500_000_000L);
        early.put("clusterId", planned.toString());
        approved("04", early).then().statusCode(422).body("type", equalTo("/problems/cluster-not-established"));
        Map<String, Object> unnamed = body("04", "CLUSTER_INFRASTRUCTURE", 2_000_000_000L, 500_000_000L);
        Funding.register(APPROVER, unnamed).then().statusCode(422);
    }

    @Test
    void shouldMoveMoneyOnceForARetriedRequestAndRefuseAReusedKey() {
        String allocation = Funding.allocation("04", "LOCAL", 1_000_000_000L);
        String p = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 300_000_000L);
        String etag = Funding.etag(APPROVER, p);
        String approvalKey = UUID.randomUUID().toString();
        Map<String, String> decision =
                Map.of("allocationId", allocation, "documentNumber", "215/QĐ-UBND", "documentDate", "2025-02-01");
        for (int attempt = 0; attempt < 3; attempt++) {
            given().auth()
                    .oauth2(APPROVER)
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .header("Idempotency-Key", approvalKey)
                    .body(decision)
                    .post(Funding.API + "/projects/" + p + "/approval")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"));
        }
        Funding.step(APPROVER, p, "contract", "15/HĐ", "2025-02-15").then().statusCode(200);
        String key = UUID.randomUUID().toString();
        String first = Funding.disburse(APPROVER, p, "*", key, 50_000_000L)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Funding.disburse(APPROVER, p, "*", key, 50_000_000L)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        Funding.disburse(APPROVER, p, "*", key, 70_000_000L)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));

        Funding.allocationView(allocation)
                .then()
                .body("committedVnd", equalTo(300_000_000))
                .body("disbursedVnd", equalTo(50_000_000));
        given().auth()
                .oauth2(APPROVER)
                .get(Funding.API + "/allocations/" + allocation + "/journal")
                .then()
                .body("items.kind", equalTo(List.of("BUDGET_OPENED", "COMMITTED", "DISBURSED")));
    }

    @Test
    void shouldRefuseToRewriteTheJournalOrOverCommitEvenWhenJavaIsBypassed() {
        String allocation = Funding.allocation("04", "LOCAL", 1_000_000L);
        UUID id = UUID.fromString(allocation);
        for (String sql : List.of(
                "UPDATE journal_entry SET budget_delta = 5 WHERE allocation_id = :a",
                "DELETE FROM journal_entry WHERE allocation_id = :a",
                "UPDATE allocation SET committed_vnd = allocated_vnd + 1 WHERE id = :a")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                            .run(() -> em.createNativeQuery(sql)
                                    .setParameter("a", id)
                                    .executeUpdate()))
                    .as(sql)
                    .isInstanceOf(RuntimeException.class);
        }
        Funding.reconciliation(allocation).then().body("reconciled", equalTo(true));
    }

    @Test
    void shouldFindProjectsByTitleWithoutAccentsInTheCallersProvinceOnly() {
        Map<String, Object> body = body("04", "CONSULTING_AND_TRAINING", 100_000_000L, 50_000_000L);
        String marker = "Lò" + UUID.randomUUID().toString().substring(0, 8);
        body.put("title", "Hỗ trợ máy sấy nông sản " + marker);
        String id = Funding.registered(APPROVER, body);
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("q", "MAY SAY " + marker.replace("ò", "o").toLowerCase())
                .get(Funding.API + "/projects")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        given().auth()
                .oauth2(Tokens.viewer("75"))
                .queryParam("q", marker)
                .get(Funding.API + "/projects")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("activityType", "FAIRS")
                .get(Funding.API + "/projects")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("activityType"));
        Funding.project(Tokens.viewer("75"), id).then().statusCode(404);
    }
}
