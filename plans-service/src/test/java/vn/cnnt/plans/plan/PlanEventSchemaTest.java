package vn.cnnt.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** The events recorded in the outbox, and the published examples, match the published JSON Schema of their type. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanEventSchemaTest {

    private static final List<String> TYPES = List.of("approved", "amended", "completed", "cancelled", "superseded");
    private static final String OFFICER = Tokens.officer("04");
    private static final String APPROVER = Tokens.approver("04");

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void shouldPublishAnExampleThatMatchesTheSchemaOfEveryEventType() throws IOException {
        for (String type : TYPES) {
            assertThat(schema(type).validate(json.readTree(resource(type, "example"))))
                    .as(type)
                    .isEmpty();
        }
    }

    @Test
    void shouldRecordEveryLifecycleEventMatchingItsSchema() throws IOException {
        PlanBuilder plan = PlanBuilder.aPlan()
                .task("1", "OCOP")
                .line(2024, "NATIONAL", "1", 900_000_000L)
                .line(2024, "LOCAL", null, 300_000_000L);
        String completed = Plans.create(plan, OFFICER);
        Plans.approve(completed, OFFICER, APPROVER);
        Plans.amend(completed, APPROVER, plan.with("title", "Kế hoạch sửa đổi").build())
                .then()
                .statusCode(200);
        Plans.transition(completed, "completion", APPROVER, Map.of()).then().statusCode(200);
        String cancelled = Plans.create(PlanBuilder.aPlan().line(2024, "LOCAL", null, 100_000_000L), OFFICER);
        Plans.approve(cancelled, OFFICER, APPROVER);
        Plans.transition(cancelled, "cancellation", APPROVER, Map.of("reason", "Không còn phù hợp"))
                .then()
                .statusCode(200);

        String superseded = Plans.create(
                PlanBuilder.aPlan()
                        .with("legalBases", List.of(Map.of("documentNumber", "597/QĐ-UBND", "issuedOn", "2019-03-12")))
                        .wholePeriodLine("LOCAL", null, 100_000_000L)
                        .otherLine(2024, "OCOP", null, 20_000_000L),
                OFFICER);
        Plans.approve(superseded, OFFICER, APPROVER);
        Plans.transition(
                        superseded,
                        "supersession",
                        APPROVER,
                        Map.of("supersedingDocumentNumber", "02/KH-UBND", "supersededOn", "2024-09-02"))
                .then()
                .statusCode(200);

        List<Object[]> events = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                SELECT event_type, CAST(payload AS text) FROM kit_outbox WHERE aggregate_id IN (:a, :b, :c) ORDER BY position""", Object[].class)
                        .setParameter("a", completed)
                        .setParameter("b", cancelled)
                        .setParameter("c", superseded)
                        .getResultList());

        assertThat(events)
                .extracting(e -> (String) e[0])
                .containsExactly(
                        "vn.cnnt.plans.plan.approved.v1",
                        "vn.cnnt.plans.plan.amended.v1",
                        "vn.cnnt.plans.plan.completed.v1",
                        "vn.cnnt.plans.plan.approved.v1",
                        "vn.cnnt.plans.plan.cancelled.v1",
                        "vn.cnnt.plans.plan.approved.v1",
                        "vn.cnnt.plans.plan.superseded.v1");
        for (Object[] event : events) {
            String type = ((String) event[0]).replace("vn.cnnt.plans.plan.", "").replace(".v1", "");
            JsonNode data = json.readTree((String) event[1]);
            assertThat(schema(type).validate(data)).as(type + " " + event[1]).isEmpty();
        }
        JsonNode approved = json.readTree((String) events.getFirst()[1]);
        assertThat(approved.get("fundingLines").get(0).get("taskId").asText())
                .isEqualTo(approved.get("tasks").get(0).get("id").asText());
        assertThat(approved.get("fundingLines").get(1).get("taskId").isNull()).isTrue();
    }

    private static JsonSchema schema(String type) throws IOException {
        try (InputStream in = resource(type, "schema")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    private static InputStream resource(String type, String kind) {
        InputStream in = PlanEventSchemaTest.class.getResourceAsStream(
                "/META-INF/events/vn.cnnt.plans.plan." + type + ".v1." + kind + ".json");
        assertThat(in).as(type + " " + kind).isNotNull();
        return in;
    }
}
