package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.KafkaProbe;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * Plans' estimates are recorded from plans' events and are never money; allocations are adjusted only by recorded
 * decisions; bad money gets a problem and moves nothing.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AllocationAndEstimateTest {

    private static final String TOPIC = "plans.events.v1";
    private static final String APPROVER = Tokens.approver("04");

    @Test
    void shouldRecordCaoBangsWholePeriodEstimateAsWrittenAndOpenNoMoney() {
        String plan = UUID.randomUUID().toString();
        String lines = """
                [{"year":null,"source":"NATIONAL","taskId":null,"amountVnd":13800000000,"yearFrom":2021,"yearTo":2025},
                 {"year":null,"source":"LOCAL","taskId":null,"amountVnd":4446000000,"yearFrom":2021,"yearTo":2025}]""";
        String approved = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            KafkaProbe.send(
                    TOPIC,
                    plan,
                    KafkaProbe.cloudEvent(approved, "vn.cnnt.plans.plan.approved.v1", 2),
                    event(plan, 2, "APPROVED", lines));
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(APPROVER)
                        .get(Funding.API + "/estimates/" + plan)
                        .then()
                        .statusCode(200)
                        .body("lines.size()", equalTo(2)));
        var estimate = given().auth().oauth2(APPROVER).get(Funding.API + "/estimates/" + plan);
        estimate.then()
                .body("lines[0].source", equalTo("LOCAL"))
                .body("lines[0].year", equalTo(null))
                .body("lines[0].fromYear", equalTo(2021))
                .body("lines[0].toYear", equalTo(2025));
        assertThat(Funding.number(estimate, "lines[0].amountVnd")).isEqualTo(4_446_000_000L);
        assertThat(Funding.number(estimate, "lines[1].amountVnd")).isEqualTo(13_800_000_000L);

        var summary = given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("planId", plan)
                .get(Funding.API + "/summary");
        assertThat(Funding.number(summary, "total.estimateVnd")).isEqualTo(18_246_000_000L);
        assertThat(Funding.number(summary, "total.allocatedVnd")).isZero();
        // the whole-period estimate shows in a year of the period, not added into the year's total
        var year = given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("planId", plan)
                .queryParam("year", 2023)
                .get(Funding.API + "/summary");
        year.then().body("bySource.size()", equalTo(2)).body("bySource[0].year", equalTo(null));
        assertThat(Funding.number(year, "total.estimateVnd")).isZero();
        given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("planId", plan)
                .get(Funding.API + "/allocations")
                .then()
                .body("items", org.hamcrest.Matchers.empty());

        // amended, then cancelled: the estimate follows; still no money anywhere
        KafkaProbe.send(
                TOPIC,
                plan,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.plans.plan.amended.v1", 3),
                event(plan, 3, "APPROVED", "[{\"year\":2024,\"source\":\"LOCAL\",\"amountVnd\":900000000}]"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(APPROVER)
                        .get(Funding.API + "/estimates/" + plan)
                        .then()
                        .body("planVersion", equalTo(3))
                        .body("lines[0].year", equalTo(2024)));
        KafkaProbe.send(
                TOPIC,
                plan,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.plans.plan.approved.v1", 2),
                event(plan, 2, "APPROVED", lines));
        KafkaProbe.send(
                TOPIC,
                plan,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.plans.plan.cancelled.v1", 4),
                event(plan, 4, "CANCELLED", lines));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(APPROVER)
                        .get(Funding.API + "/estimates/" + plan)
                        .then()
                        .body("status", equalTo("CANCELLED"))
                        .body("lines[0].year", equalTo(2024)));
        var after = given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("planId", plan)
                .get(Funding.API + "/summary");
        assertThat(Funding.number(after, "total.estimateVnd")).isZero();
    }

    @Test
    void shouldDeadLetterAPlanEventItCannotUseAndGoOn() {
        String broken = UUID.randomUUID().toString();
        KafkaProbe.send(
                TOPIC,
                broken,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.plans.plan.approved.v1", 1),
                "{\"planId\":\"" + broken + "\",\"version\":1}");
        String plan = UUID.randomUUID().toString();
        KafkaProbe.send(
                TOPIC,
                plan,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.plans.plan.approved.v1", 1),
                event(plan, 1, "APPROVED", "[{\"year\":2024,\"source\":\"LOCAL\",\"amountVnd\":7000000}]"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(APPROVER)
                        .get(Funding.API + "/estimates/" + plan)
                        .then()
                        .statusCode(200));
        var dead = KafkaProbe.readKey(TOPIC + ".dlq", broken, 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.getFirst(), "dead-letter-reason")).contains("provinceCode");
    }

    @Test
    void shouldRefuseBadMoneyWithAProblemAndMoveNothing() {
        Map<String, Object> body = Funding.allocationBody("04", "LOCAL", 2025, 1_000.5);
        Funding.allocate(APPROVER, body).then().statusCode(400);
        body.put("amountVnd", -1);
        Funding.allocate(APPROVER, body).then().statusCode(422).body("errors[0].field", equalTo("amountVnd"));
        body.put("amountVnd", 1_000_000_000_000_001L);
        Funding.allocate(APPROVER, body).then().statusCode(422).body("errors[0].field", equalTo("amountVnd"));
        body.put("amountVnd", "1.000.000");
        Funding.allocate(APPROVER, body).then().statusCode(400);
        Funding.allocate(APPROVER, Funding.allocationBody("99", "LOCAL", 2025, 1_000))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-province"));

        String allocation = Funding.allocation("04", "LOCAL", 200_000_000L);
        String project = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 100_000_000L);
        Funding.approve(APPROVER, project, UUID.randomUUID().toString())
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-reference"));
        Funding.approve(APPROVER, project, Funding.allocation("04", "LOCAL", 2026, 500_000_000L))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/allocation-mismatch"));
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of("allocationId", allocation, "documentNumber", "1/QĐ", "documentDate", "2025-02-01"))
                .post(Funding.API + "/projects/" + project + "/approval")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"99\"")
                .body(Map.of("allocationId", allocation, "documentNumber", "1/QĐ", "documentDate", "2025-02-01"))
                .post(Funding.API + "/projects/" + project + "/approval")
                .then()
                .statusCode(412);
        Funding.project(APPROVER, project)
                .then()
                .body("status", equalTo("APPRAISED"))
                .body("version", equalTo(1));
        Funding.allocationView(allocation)
                .then()
                .body("committedVnd", equalTo(0))
                .body("allocatedVnd", equalTo(200_000_000));
    }

    @Test
    void shouldAdjustByRecordedDecisionButNeverBelowWhatIsCommitted() {
        String allocation = Funding.allocation("04", "LOCAL", 500_000_000L);
        String project = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 300_000_000L);
        Funding.approve(APPROVER, project, allocation).then().statusCode(200);

        adjust(APPROVER, allocation, -200_000_001L)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/allocation-below-committed"));
        adjust(Tokens.ministry(), allocation, -1L)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/allocation-authority"));
        adjust(APPROVER, allocation, 0L).then().statusCode(422);
        adjust(APPROVER, allocation, -200_000_000L)
                .then()
                .statusCode(200)
                .body("allocatedVnd", equalTo(300_000_000))
                .body("availableVnd", equalTo(0));
        List<String> kinds = given().auth()
                .oauth2(APPROVER)
                .get(Funding.API + "/allocations/" + allocation + "/journal")
                .then()
                .extract()
                .path("items.kind");
        assertThat(kinds).containsExactly("BUDGET_OPENED", "COMMITTED", "BUDGET_ADJUSTED");
        List<String> references = given().auth()
                .oauth2(APPROVER)
                .get(Funding.API + "/allocations/" + allocation + "/journal")
                .then()
                .extract()
                .path("items.reference");
        assertThat(references.getLast()).isEqualTo("31/QĐ-UBND");
        Funding.allocationView(allocation).then().body("decisionNumber", equalTo("12/QĐ-UBND"));
    }

    private static io.restassured.response.Response adjust(String token, String allocation, long delta) {
        String etag = given().auth()
                .oauth2(token)
                .get(Funding.API + "/allocations/" + allocation)
                .then()
                .extract()
                .header("ETag");
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("deltaVnd", delta, "decisionNumber", "31/QĐ-UBND", "decisionDate", "2025-06-30"))
                .post(Funding.API + "/allocations/" + allocation + "/adjustments");
    }

    private static String event(String plan, long version, String status, String lines) {
        return """
                {"planId":"%s","version":%d,"kind":"PLAN","documentNumber":"1/KH-UBND","title":"Kế hoạch","provinceCode":"04",
                 "currentProvinceCode":"04","status":"%s","periodFrom":2021,"periodTo":2025,"amendmentCount":0,"tasks":[],
                 "fundingLines":%s}""".formatted(plan, version, status, lines);
    }
}
