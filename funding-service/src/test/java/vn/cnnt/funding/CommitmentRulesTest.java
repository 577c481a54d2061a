package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.projection.service.ProjectionService;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** Ceilings, certificates, clusters, settlement, cancellation, idempotency: the rules of support decisions. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CommitmentRulesTest {

    private static final String APPROVER = Tokens.approver("04");

    @Inject
    ProjectionService projections;

    @Inject
    EntityManager em;

    private String commitment(String activity, long cost, long support, Map<String, Object> extra) {
        return commitmentIn("04", activity, cost, support, extra);
    }

    private String commitmentIn(String province, String activity, long cost, long support, Map<String, Object> extra) {
        String approver = Tokens.approver(province);
        String envelope = Funding.envelope(approver, province, "LOCAL", 5_000_000_000L);
        Map<String, Object> body =
                Funding.commitmentBody(envelope, Funding.beneficiary(approver, province), activity, cost, support);
        body.putAll(extra);
        return Funding.propose(approver, body).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldCapADemonstrationModelAtThirtyPercentAndOneBillion() {
        Funding.approve(APPROVER, commitment("DEMONSTRATION_MODEL", 1_000_000_000L, 300_000_001L, Map.of()))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/support-above-ceiling"));
        Funding.approve(APPROVER, commitment("DEMONSTRATION_MODEL", 1_000_000_000L, 300_000_000L, Map.of()))
                .then()
                .statusCode(200);
        Funding.approve(APPROVER, commitment("DEMONSTRATION_MODEL", 4_000_000_000L, 1_000_000_001L, Map.of()))
                .then()
                .statusCode(422);
    }

    @Test
    void shouldCapMachineryAt300MillionAndATechnologyLineAtOneAndAHalfTimesThat() {
        Funding.approve(
                        APPROVER,
                        commitment("MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 300_000_001L, Map.of()))
                .then()
                .statusCode(422)
                .body("detail", containsString("300,000,000"));
        Funding.approve(APPROVER, commitment("MACHINERY_AND_TECHNOLOGY_TRANSFER", 500_000_000L, 250_000_001L, Map.of()))
                .then()
                .statusCode(422);
        Funding.approve(
                        APPROVER,
                        commitment("MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 300_000_000L, Map.of()))
                .then()
                .statusCode(200);
        Funding.approve(APPROVER, commitment("TECHNOLOGY_LINE", 1_000_000_000L, 450_000_000L, Map.of()))
                .then()
                .statusCode(200);
        Funding.approve(APPROVER, commitment("TECHNOLOGY_LINE", 1_000_000_000L, 450_000_001L, Map.of()))
                .then()
                .statusCode(422)
                .body("detail", containsString("450,000,000"));
    }

    @Test
    void shouldCapWhatOneEstablishmentReceivesForMachineryInAYearAcrossDecisions() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 5_000_000_000L);
        String establishment = Funding.beneficiary(APPROVER, "04");
        String first = machinery(envelope, establishment, 200_000_000L);
        String split = machinery(envelope, establishment, 150_000_000L);
        String rest = machinery(envelope, establishment, 100_000_000L);

        Funding.approve(APPROVER, first).then().statusCode(200);
        Funding.approve(APPROVER, split)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/support-above-ceiling"))
                .body("detail", containsString("already received 200,000,000"));
        Funding.approve(APPROVER, rest).then().statusCode(200);
        Funding.envelopeView(APPROVER, envelope).then().body("committedVnd", equalTo(300_000_000));
    }

    private static String machinery(String envelope, String beneficiary, long support) {
        return Funding.propose(
                        APPROVER,
                        Funding.commitmentBody(
                                envelope, beneficiary, "MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, support))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldApplyAProvincesOwnLocalLevelBeforeTheNationwideOne() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO support_ceiling VALUES (gen_random_uuid(), 'MACHINERY_AND_TECHNOLOGY_TRANSFER', 'LOCAL', '12', 0.40,
                200000000, '2024-01-01', NULL, 'Nghị quyết HĐND tỉnh Lai Châu (mức hỗ trợ địa phương)', 'DECISION')
                ON CONFLICT DO NOTHING""").executeUpdate());
        String laiChau = Tokens.approver("12");
        Funding.approve(
                        laiChau,
                        commitmentIn("12", "MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 250_000_000L, Map.of()))
                .then()
                .statusCode(422)
                .body("detail", containsString("province 12"));
        Funding.approve(
                        laiChau,
                        commitmentIn("12", "MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 200_000_000L, Map.of()))
                .then()
                .statusCode(200);
        Funding.approve(
                        APPROVER,
                        commitment("MACHINERY_AND_TECHNOLOGY_TRANSFER", 1_000_000_000L, 250_000_000L, Map.of()))
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
        Funding.approve(
                        APPROVER,
                        commitment(
                                "TRADE_PROMOTION",
                                200_000_000L,
                                100_000_000L,
                                Map.of("productId", certified.toString())))
                .then()
                .statusCode(200);
        Funding.approve(
                        APPROVER,
                        commitment(
                                "TRADE_PROMOTION",
                                200_000_000L,
                                100_000_000L,
                                Map.of("productId", twoStars.toString())))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/product-not-certified"));
        Funding.approve(
                        APPROVER,
                        commitment(
                                "TRADE_PROMOTION",
                                200_000_000L,
                                100_000_000L,
                                Map.of("productId", UUID.randomUUID().toString())))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/product-not-certified"));
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
        Funding.approve(
                        APPROVER,
                        commitment(
                                "CLUSTER_INFRASTRUCTURE",
                                2_000_000_000L,
                                500_000_000L,
                                Map.of("clusterId", established.toString())))
                .then()
                .statusCode(200);
        Funding.approve(
                        APPROVER,
                        commitment(
                                "CLUSTER_INFRASTRUCTURE",
                                2_000_000_000L,
                                500_000_000L,
                                Map.of("clusterId", planned.toString())))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/cluster-not-established"));
    }

    @Test
    void shouldSettleAtWhatWasPaidAndReturnTheRestToTheEnvelope() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 1_000_000_000L);
        String c = Funding.proposed(APPROVER, envelope, Funding.beneficiary(APPROVER, "04"), 400_000_000L);
        Funding.approve(APPROVER, c).then().statusCode(200);
        Funding.disburse(APPROVER, c, "*", null, 150_000_000L).then().statusCode(201);
        Funding.disburse(APPROVER, c, "*", null, 250_000_001L)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/disbursement-exceeds-commitment"));
        settle(c, 100_000_000L).then().statusCode(422).body("type", equalTo("/problems/settlement-mismatch"));
        settle(c, 150_000_000L).then().statusCode(200).body("status", equalTo("SETTLED"));

        Funding.envelopeView(APPROVER, envelope)
                .then()
                .body("committedVnd", equalTo(150_000_000))
                .body("disbursedVnd", equalTo(150_000_000))
                .body("availableVnd", equalTo(850_000_000));
        Funding.disburse(APPROVER, c, "*", null, 1L)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));
        given().auth()
                .oauth2(APPROVER)
                .get("/api/v1/funding/envelopes/" + envelope + "/journal")
                .then()
                .statusCode(200)
                .body(
                        "items.kind",
                        equalTo(java.util.List.of("BUDGET_OPENED", "COMMITTED", "DISBURSED", "SETTLEMENT_RELEASED")));
    }

    @Test
    void shouldReleaseCancelledMoneyButNeverOnceItWasPaid() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 1_000_000_000L);
        String beneficiary = Funding.beneficiary(APPROVER, "04");
        String unpaid = Funding.proposed(APPROVER, envelope, beneficiary, 300_000_000L);
        String paid = Funding.proposed(APPROVER, envelope, beneficiary, 300_000_000L);
        Funding.approve(APPROVER, unpaid).then().statusCode(200);
        Funding.approve(APPROVER, paid).then().statusCode(200);
        Funding.disburse(APPROVER, paid, "*", null, 1_000_000L).then().statusCode(201);

        cancel(unpaid).then().statusCode(200).body("status", equalTo("CANCELLED"));
        cancel(paid).then().statusCode(409).body("type", equalTo("/problems/commitment-has-disbursements"));
        Funding.envelopeView(APPROVER, envelope).then().body("committedVnd", equalTo(300_000_000));
    }

    @Test
    void shouldMoveMoneyOnceForARetriedRequestAndRefuseAReusedKey() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 1_000_000_000L);
        String c = Funding.proposed(APPROVER, envelope, Funding.beneficiary(APPROVER, "04"), 300_000_000L);
        Funding.approve(APPROVER, c).then().statusCode(200);
        String key = UUID.randomUUID().toString();

        String first = Funding.disburse(APPROVER, c, "*", key, 50_000_000L)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Funding.disburse(APPROVER, c, "*", key, 50_000_000L)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        Funding.disburse(APPROVER, c, "*", key, 70_000_000L)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));

        Funding.envelopeView(APPROVER, envelope).then().body("disbursedVnd", equalTo(50_000_000));
    }

    @Test
    void shouldCommitOnceForARetriedApproval() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 1_000_000_000L);
        String c = Funding.proposed(APPROVER, envelope, Funding.beneficiary(APPROVER, "04"), 300_000_000L);
        String etag = Funding.etag(APPROVER, c);
        String key = UUID.randomUUID().toString();
        Map<String, String> decision = Map.of("decisionNumber", "215/QĐ-SCT", "decisionDate", "2024-04-01");

        for (int attempt = 0; attempt < 3; attempt++) {
            given().auth()
                    .oauth2(APPROVER)
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .header("Idempotency-Key", key)
                    .body(decision)
                    .post("/api/v1/funding/commitments/" + c + "/approval")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"));
        }

        Funding.envelopeView(APPROVER, envelope).then().body("committedVnd", equalTo(300_000_000));
        given().auth()
                .oauth2(APPROVER)
                .get("/api/v1/funding/envelopes/" + envelope + "/journal")
                .then()
                .body("items.kind", equalTo(java.util.List.of("BUDGET_OPENED", "COMMITTED")));
    }

    @Test
    void shouldFindCommitmentsByTitleWithoutAccents() {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 1_000_000_000L);
        Map<String, Object> body = Funding.commitmentBody(
                envelope, Funding.beneficiary(APPROVER, "04"), "CONSULTING_AND_TRAINING", 100_000_000L, 50_000_000L);
        String marker = "Lò" + UUID.randomUUID().toString().substring(0, 8);
        body.put("title", "Hỗ trợ máy sấy nông sản " + marker);
        String id =
                Funding.propose(APPROVER, body).then().statusCode(201).extract().path("id");

        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("q", "MAY SAY " + marker.replace("ò", "o").toLowerCase())
                .get("/api/v1/funding/commitments")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(java.util.List.of(id)));
        given().auth()
                .oauth2(Tokens.viewer("75"))
                .queryParam("q", marker)
                .get("/api/v1/funding/commitments")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("activityType", "FAIRS")
                .get("/api/v1/funding/commitments")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("activityType"));
    }

    private static io.restassured.response.Response settle(String c, long amount) {
        return Funding.settle(APPROVER, c, amount);
    }

    private static io.restassured.response.Response cancel(String c) {
        return Funding.cancel(APPROVER, c);
    }
}
