package vn.cnnt.funding;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.service.EnvelopeService;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** The events recorded in the outbox, and the published examples, match the published JSON Schema of their type. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class FundingEventSchemaTest {

    private static final List<String> TYPES = List.of(
            "envelope.opened",
            "envelope.adjusted",
            "envelope.frozen",
            "commitment.approved",
            "commitment.cancelled",
            "commitment.settled",
            "disbursement.recorded");
    private static final String APPROVER = Tokens.approver("04");

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    EnvelopeService envelopes;

    @Test
    void shouldPublishAnExampleThatMatchesTheSchemaOfEveryEventType() throws IOException {
        for (String type : TYPES) {
            JsonNode example = json.readTree(resource(type, "example"));
            assertThat(schema(type).validate(example)).as(type).isEmpty();
        }
    }

    @Test
    void shouldRecordEveryMoneyMovementAsAnEventMatchingItsSchema() throws IOException {
        String envelope = Funding.envelope(APPROVER, "04", "LOCAL", 1_000_000_000L);
        String beneficiary = Funding.beneficiary(APPROVER, "04");
        String settled = Funding.proposed(APPROVER, envelope, beneficiary, 300_000_000L);
        Funding.approve(APPROVER, settled).then().statusCode(200);
        Funding.disburse(APPROVER, settled, "*", null, 200_000_000L).then().statusCode(201);
        Funding.settle(APPROVER, settled, 200_000_000L).then().statusCode(200);
        String cancelled = Funding.proposed(APPROVER, envelope, beneficiary, 100_000_000L);
        Funding.approve(APPROVER, cancelled).then().statusCode(200);
        Funding.cancel(APPROVER, cancelled).then().statusCode(200);
        UUID plan = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            envelopes.openFromPlan(plan, "04", "04", 2025, FundingSource.LOCAL, 500_000_000L, "26/KH-UBND");
            envelopes.openFromPlan(plan, "04", "04", 2025, FundingSource.LOCAL, 600_000_000L, "27/KH-UBND");
            envelopes.freezeUncommitted(plan);
        });

        List<Object[]> events = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                SELECT o.event_type, CAST(o.payload AS text) FROM kit_outbox o
                WHERE o.aggregate_id IN (:envelope, :settled, :cancelled) OR CAST(o.payload ->> 'planId' AS text) = :plan
                ORDER BY o.position""", Object[].class)
                        .setParameter("envelope", envelope)
                        .setParameter("settled", settled)
                        .setParameter("cancelled", cancelled)
                        .setParameter("plan", plan.toString())
                        .getResultList());

        assertThat(events)
                .extracting(e -> (String) e[0])
                .containsExactlyInAnyOrderElementsOf(List.of(
                        "vn.cnnt.funding.envelope.opened.v1",
                        "vn.cnnt.funding.commitment.approved.v1",
                        "vn.cnnt.funding.disbursement.recorded.v1",
                        "vn.cnnt.funding.commitment.settled.v1",
                        "vn.cnnt.funding.commitment.approved.v1",
                        "vn.cnnt.funding.commitment.cancelled.v1",
                        "vn.cnnt.funding.envelope.opened.v1",
                        "vn.cnnt.funding.envelope.adjusted.v1",
                        "vn.cnnt.funding.envelope.frozen.v1"));
        for (Object[] event : events) {
            String type = ((String) event[0]).replace("vn.cnnt.funding.", "").replace(".v1", "");
            assertThat(schema(type).validate(json.readTree((String) event[1])))
                    .as(type + " " + event[1])
                    .isEmpty();
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
