package vn.cnnt.plans;

import static io.restassured.RestAssured.given;
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
import vn.cnnt.plans.plan.PlanBuilder;
import vn.cnnt.plans.plan.Plans;

/** funding.events.v1 as funding-service publishes it → the plan's progress, through the real broker. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class FundingEventsTest {

    @Test
    void shouldMoveProgressWithCommitmentsAndDisbursementsEvenWhenEventsArriveTwiceOrLate() {
        String officer = Tokens.officer("04");
        String plan =
                Plans.create(PlanBuilder.aPlan().task("1", "TRAINING").line(2024, "LOCAL", "1", 800_000_000L), officer);
        String task = Plans.get(plan, officer).then().extract().path("tasks[0].id");
        String commitment = UUID.randomUUID().toString();

        send(commitment, "vn.cnnt.funding.commitment.approved.v1", plan, task, "APPROVED", 300_000_000L, 0, 1);
        String paid = send(
                commitment,
                "vn.cnnt.funding.disbursement.recorded.v1",
                plan,
                task,
                "APPROVED",
                300_000_000L,
                120_000_000L,
                2);
        KafkaProbe.send(
                "funding.events.v1",
                commitment,
                KafkaProbe.cloudEvent(paid, "vn.cnnt.funding.disbursement.recorded.v1", 2),
                data(commitment, plan, task, "APPROVED", 300_000_000L, 120_000_000L, 2));
        send(commitment, "vn.cnnt.funding.commitment.approved.v1", plan, task, "APPROVED", 300_000_000L, 0, 1);
        send(
                UUID.randomUUID().toString(),
                "vn.cnnt.funding.envelope.opened.v1",
                plan,
                null,
                "OPEN",
                800_000_000L,
                0,
                1);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(officer)
                        .get("/api/v1/plans/" + plan + "/progress")
                        .then()
                        .statusCode(200)
                        .body("total.plannedVnd", equalTo(800_000_000))
                        .body("total.committedVnd", equalTo(300_000_000))
                        .body("total.disbursedVnd", equalTo(120_000_000)));
    }

    private static String send(
            String key,
            String type,
            String plan,
            String task,
            String status,
            long committed,
            long disbursed,
            long version) {
        String id = UUID.randomUUID().toString();
        KafkaProbe.send(
                "funding.events.v1",
                key,
                KafkaProbe.cloudEvent(id, type, version),
                data(key, plan, task, status, committed, disbursed, version));
        return id;
    }

    private static String data(
            String commitment, String plan, String task, String status, long committed, long disbursed, long version) {
        return """
                {"envelopeId":"%s","planId":"%s","taskId":%s,"year":2024,"source":"LOCAL","provinceCode":"04","currentProvinceCode":"04",
                 "commitmentId":"%s","beneficiaryId":"%s","activityType":"VOCATIONAL_TRAINING","status":"%s","amountVnd":%d,
                 "budgetVnd":800000000,"committedVnd":%d,"disbursedVnd":%d,"version":%d}""".formatted(
                        UUID.randomUUID(),
                        plan,
                        task == null ? "null" : "\"" + task + "\"",
                        commitment,
                        UUID.randomUUID(),
                        status,
                        committed,
                        committed,
                        disbursed,
                        version);
    }
}
