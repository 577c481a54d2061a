package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.KafkaProbe;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** plans.events.v1 as plans-service publishes it (its example data) → envelopes, through the real broker. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanEventsTest {

    private static final String TOPIC = "plans.events.v1";

    @Test
    void shouldOpenOneEnvelopePerYearAndSourceOnceAndFollowAnAmendment() {
        String plan = UUID.randomUUID().toString();
        String approved = UUID.randomUUID().toString();
        String lines = """
                [{"year":2024,"source":"NATIONAL","taskId":null,"amountVnd":600000000},
                 {"year":2024,"source":"NATIONAL","taskId":"%s","amountVnd":400000000},
                 {"year":2025,"source":"LOCAL","taskId":null,"amountVnd":300000000}]""".formatted(UUID.randomUUID());
        for (int delivery = 0; delivery < 2; delivery++) {
            KafkaProbe.send(
                    TOPIC,
                    plan,
                    KafkaProbe.cloudEvent(approved, "vn.cnnt.plans.plan.approved.v1", 3),
                    event(plan, 3, "APPROVED", lines));
        }
        awaitBudget(plan, 1_300_000_000L);

        String amendedLines = lines.replace("300000000", "350000000");
        KafkaProbe.send(
                TOPIC,
                plan,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.plans.plan.amended.v1", 4),
                event(plan, 4, "APPROVED", amendedLines));
        awaitBudget(plan, 1_350_000_000L);
        given().auth()
                .oauth2(Tokens.ministry())
                .queryParam("planId", plan)
                .get("/api/v1/funding/envelopes")
                .then()
                .body("items.size()", equalTo(2));
    }

    @Test
    void shouldFreezeTheEnvelopesOfACancelledPlan() {
        String plan = UUID.randomUUID().toString();
        String lines = "[{\"year\":2024,\"source\":\"LOCAL\",\"taskId\":null,\"amountVnd\":500000000}]";
        KafkaProbe.send(
                TOPIC,
                plan,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.plans.plan.approved.v1", 3),
                event(plan, 3, "APPROVED", lines));
        awaitBudget(plan, 500_000_000L);
        KafkaProbe.send(
                TOPIC,
                plan,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.plans.plan.cancelled.v1", 4),
                event(plan, 4, "CANCELLED", lines));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(Tokens.ministry())
                        .queryParam("planId", plan)
                        .get("/api/v1/funding/envelopes")
                        .then()
                        .body("items[0].frozen", equalTo(true))
                        .body("items[0].availableVnd", equalTo(0)));
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

        awaitBudget(plan, 7_000_000L);
        var dead = KafkaProbe.read(TOPIC + ".dlq", 1000, Duration.ofSeconds(5)).stream()
                .filter(r -> broken.equals(r.key()))
                .toList();
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.getFirst(), "dead-letter-reason")).contains("provinceCode");
    }

    private static void awaitBudget(String plan, long budget) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(Tokens.ministry())
                        .queryParam("planId", plan)
                        .get("/api/v1/funding/summary")
                        .then()
                        .statusCode(200)
                        .body("total.budgetVnd", equalTo((int) budget)));
    }

    private static String event(String plan, long version, String status, String lines) {
        return """
                {"planId":"%s","version":%d,"kind":"PLAN","documentNumber":"317/KH-UBND","title":"Kế hoạch","provinceCode":"70",
                 "currentProvinceCode":"75","status":"%s","periodFrom":2024,"periodTo":2025,"amendmentCount":0,"tasks":[],
                 "fundingLines":%s}""".formatted(plan, version, status, lines);
    }
}
