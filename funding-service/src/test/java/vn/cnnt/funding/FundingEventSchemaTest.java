package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
class FundingEventSchemaTest {

    private static final List<String> TYPES = List.of(
            "allocation.decided",
            "allocation.adjusted",
            "project.registered",
            "project.appraised",
            "project.approved",
            "project.contracted",
            "project.disbursed",
            "project.accepted",
            "project.settled",
            "project.rejected",
            "project.withdrawn",
            "project.cancelled");
    private static final String APPROVER = Tokens.approver("04");

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void shouldPublishAnExampleThatMatchesTheSchemaOfEveryEventType() throws IOException {
        for (String type : TYPES) {
            JsonNode example = json.readTree(resource(type, "example"));
            assertThat(schema(type).validate(example)).as(type).isEmpty();
        }
    }

    @Test
    void shouldRecordEveryStageAsAnEventMatchingItsSchema() throws IOException {
        String allocation = Funding.allocation("04", "LOCAL", 1_000_000_000L);
        String settled = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 300_000_000L);
        Funding.approve(APPROVER, settled, allocation).then().statusCode(200);
        Funding.step(APPROVER, settled, "contract", "15/HĐ", "2025-02-15")
                .then()
                .statusCode(200);
        Funding.disburse(APPROVER, settled, "*", null, 200_000_000L).then().statusCode(201);
        Funding.accept(APPROVER, settled, 250_000_000L).then().statusCode(200);
        Funding.disburse(APPROVER, settled, "*", null, 50_000_000L).then().statusCode(201);
        Funding.settle(APPROVER, settled, 250_000_000L).then().statusCode(200);
        String cancelled = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 100_000_000L);
        Funding.approve(APPROVER, cancelled, allocation).then().statusCode(200);
        Funding.cancel(APPROVER, cancelled).then().statusCode(200);
        String rejected = Funding.appraised("04", Funding.beneficiary(APPROVER, "04"), 100_000_000L);
        Funding.step(APPROVER, rejected, "rejection", "9/BB", "2025-02-01")
                .then()
                .statusCode(200);
        String withdrawn = Funding.registered(
                APPROVER,
                Funding.projectBody("04", Funding.beneficiary(APPROVER, "04"), "COMMUNICATION", 10_000_000L, 0));
        Funding.step(APPROVER, withdrawn, "withdrawal", "9/CV", "2025-02-01")
                .then()
                .statusCode(200);
        String etag = given().auth()
                .oauth2(APPROVER)
                .get(Funding.API + "/allocations/" + allocation)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("deltaVnd", 5_000_000L, "decisionNumber", "31/QĐ-UBND", "decisionDate", "2025-06-30"))
                .post(Funding.API + "/allocations/" + allocation + "/adjustments")
                .then()
                .statusCode(200);

        List<Object[]> events = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                SELECT o.event_type, CAST(o.payload AS text) FROM kit_outbox o
                WHERE o.aggregate_id IN (:allocation, :settled, :cancelled, :rejected, :withdrawn)
                ORDER BY o.position""", Object[].class)
                        .setParameter("allocation", allocation)
                        .setParameter("settled", settled)
                        .setParameter("cancelled", cancelled)
                        .setParameter("rejected", rejected)
                        .setParameter("withdrawn", withdrawn)
                        .getResultList());

        assertThat(events)
                .extracting(e -> ((String) e[0]).replace("vn.cnnt.funding.", "").replace(".v1", ""))
                .containsExactlyInAnyOrderElementsOf(List.of(
                        "allocation.decided",
                        "project.registered",
                        "project.appraised",
                        "project.approved",
                        "project.contracted",
                        "project.disbursed",
                        "project.accepted",
                        "project.disbursed",
                        "project.settled",
                        "project.registered",
                        "project.appraised",
                        "project.approved",
                        "project.cancelled",
                        "project.registered",
                        "project.appraised",
                        "project.rejected",
                        "project.registered",
                        "project.withdrawn",
                        "allocation.adjusted"));
        for (Object[] event : events) {
            String type = ((String) event[0]).replace("vn.cnnt.funding.", "").replace(".v1", "");
            assertThat(schema(type).validate(json.readTree((String) event[1])))
                    .as(type + " " + event[1])
                    .isEmpty();
            JsonNode shared = json.readTree((String) event[1]);
            String sharedSchema = type.startsWith("allocation") ? "allocation-event" : "project-event";
            assertThat(sharedSchema(sharedSchema).validate(shared))
                    .as(sharedSchema)
                    .isEmpty();
        }
        JsonNode settledEvent = events.stream()
                .filter(e -> e[0].equals("vn.cnnt.funding.project.settled.v1"))
                .map(e -> {
                    try {
                        return json.readTree((String) e[1]);
                    } catch (IOException x) {
                        throw new IllegalStateException(x);
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(settledEvent.get("amountVnd").asLong()).isEqualTo(50_000_000L);
        assertThat(settledEvent.get("committedVnd").asLong()).isEqualTo(250_000_000L);
        assertThat(settledEvent.get("settledVnd").asLong()).isEqualTo(250_000_000L);
    }

    private static JsonSchema sharedSchema(String name) throws IOException {
        try (InputStream in =
                FundingEventSchemaTest.class.getResourceAsStream("/META-INF/events/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    private static JsonSchema schema(String type) throws IOException {
        try (InputStream in = resource(type, "schema")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    private static InputStream resource(String type, String kind) {
        InputStream in = FundingEventSchemaTest.class.getResourceAsStream(
                "/META-INF/events/vn.cnnt.funding." + type + ".v1." + kind + ".json");
        assertThat(in).as(type + " " + kind).isNotNull();
        return in;
    }
}
