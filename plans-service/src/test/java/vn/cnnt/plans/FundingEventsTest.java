package vn.cnnt.plans;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.KafkaProbe;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.plans.plan.PlanBuilder;
import vn.cnnt.plans.plan.Plans;

/**
 * funding.events.v1 as funding-service publishes it (allocation-event and project-event data, shaped like its examples)
 * → the plan's progress by stage, through the real broker, with redelivered and late events.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class FundingEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldFollowAnAllocationAndAProjectFromApprovalToSettlementEvenWhenEventsArriveTwiceOrLate() {
        String officer = Tokens.officer("04");
        String plan = Plans.create(
                PlanBuilder.aPlan().task("1", "TECHNOLOGY_AND_MACHINERY").line(2024, "NATIONAL", "1", 2_760_000_000L),
                officer);
        String task = Plans.get(plan, officer).then().extract().path("tasks[0].id");
        String allocation = UUID.randomUUID().toString();
        String project = UUID.randomUUID().toString();

        send(allocation, "allocation.decided.v1", allocationData(allocation, plan, 2_760_000_000L, 0));
        send(project, "project.approved.v1", projectData(project, allocation, plan, task, "APPROVED", 450, 0, 0, 0, 3));
        send(
                project,
                "project.disbursed.v1",
                projectData(project, allocation, plan, task, "IN_PROGRESS", 450, 200, 0, 0, 5));
        send(project, "project.approved.v1", projectData(project, allocation, plan, task, "APPROVED", 450, 0, 0, 0, 3));
        send(
                project,
                "project.accepted.v1",
                projectData(project, allocation, plan, task, "ACCEPTED", 450, 440, 440, 0, 7));
        send(
                project,
                "project.settled.v1",
                projectData(project, allocation, plan, task, "SETTLED", 440, 440, 440, 440, 8));
        send(
                project,
                "project.settled.v1",
                projectData(project, allocation, plan, task, "SETTLED", 440, 440, 440, 440, 8));
        send(allocation, "allocation.adjusted.v1", allocationData(allocation, plan, 2_500_000_000L, 1));
        // A type funding-service no longer publishes, still on the topic from before: known, no effect.
        send(UUID.randomUUID().toString(), "envelope.opened.v1", "{\"planId\":\"" + plan + "\"}");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(officer)
                        .get("/api/v1/plans/" + plan + "/progress")
                        .then()
                        .statusCode(200)
                        .body("total.estimateVnd", equalTo(2_760_000_000L))
                        .body("total.allocatedVnd", equalTo(2_500_000_000L))
                        .body(
                                "byTask.find { it.taskCode == '1' && it.source == 'NATIONAL' }.money.committedVnd",
                                equalTo(440_000_000))
                        .body(
                                "byTask.find { it.taskCode == '1' && it.source == 'NATIONAL' }.money.disbursedVnd",
                                equalTo(440_000_000))
                        .body(
                                "byTask.find { it.taskCode == '1' && it.source == 'NATIONAL' }.money.acceptedVnd",
                                equalTo(440_000_000))
                        .body(
                                "byTask.find { it.taskCode == '1' && it.source == 'NATIONAL' }.money.settledVnd",
                                equalTo(440_000_000))
                        .body("bySource.find { it.source == 'COUNTERPART' }.money.committedVnd", equalTo(850_000_000)));
    }

    private static void send(String key, String type, String data) {
        KafkaProbe.send(
                "funding.events.v1",
                key,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.funding." + type, 1),
                data);
    }

    private static String allocationData(String allocation, String plan, long allocated, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("allocationId", allocation);
        data.put("planId", plan);
        data.put("year", 2024);
        data.put("source", "NATIONAL");
        data.put("provinceCode", "04");
        data.put("currentProvinceCode", "04");
        data.put("decidedBy", "MINISTRY");
        data.put("decisionNumber", "1520/QĐ-BCT");
        data.put("decisionDate", "2023-12-20");
        data.put("amountVnd", allocated);
        data.put("allocatedVnd", allocated);
        data.put("committedVnd", 0);
        data.put("disbursedVnd", 0);
        data.put("version", version);
        return json(data);
    }

    private static String projectData(
            String project,
            String allocation,
            String plan,
            String task,
            String status,
            long committed,
            long disbursed,
            long accepted,
            long settled,
            long version) {
        long m = 1_000_000L;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projectId", project);
        data.put("allocationId", allocation);
        data.put("planId", plan);
        data.put("taskId", task);
        data.put("year", 2024);
        data.put("source", "NATIONAL");
        data.put("provinceCode", "04");
        data.put("currentProvinceCode", "04");
        data.put("beneficiaryId", UUID.randomUUID().toString());
        data.put("activityType", "TECHNOLOGY_LINE");
        data.put("productId", null);
        data.put("clusterId", null);
        data.put("status", status);
        data.put("amountVnd", 0);
        data.put("supportVnd", 450 * m);
        data.put("counterpartVnd", 850 * m);
        data.put("otherVnd", 0);
        data.put("totalCostVnd", 1_300 * m);
        data.put("committedVnd", committed * m);
        data.put("disbursedVnd", disbursed * m);
        data.put("acceptedVnd", accepted * m);
        data.put("settledVnd", settled * m);
        data.put("disbursementKind", null);
        data.put("documentNumber", "88/QĐ-SCT");
        data.put("documentDate", "2024-12-05");
        data.put("decidedBy", "approver-04");
        data.put("version", version);
        return json(data);
    }

    private static String json(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
