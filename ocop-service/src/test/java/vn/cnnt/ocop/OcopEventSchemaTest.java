package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cnnt.ocop.Fixtures.certified;
import static vn.cnnt.ocop.Fixtures.revoke;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.kit.time.VietnamTime;
import vn.cnnt.ocop.certificate.service.CertificateExpiry;

/** The events recorded in the outbox, and the published examples, match the published JSON Schema of their type. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OcopEventSchemaTest {

    private static final List<String> TYPES =
            List.of("evaluation.completed", "certificate.issued", "certificate.expired", "certificate.revoked");

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    CertificateExpiry expiry;

    @Test
    void shouldPublishAnExampleThatMatchesTheSchemaOfEveryEventType() throws IOException {
        for (String type : TYPES) {
            assertThat(schema(type).validate(json.readTree(resource(type, "example"))))
                    .as(type)
                    .isEmpty();
        }
    }

    @Test
    void shouldRecordEveryEvaluationAndCertificateChangeAsAnEventMatchingItsSchema() throws IOException {
        // Still valid today, so that the expiry job (not the issue) turns it EXPIRED.
        LocalDate decided = VietnamTime.today().minusMonths(36).plusDays(20);
        Map<String, String> expiring = certified("04", "75.00", decided.toString());
        Map<String, String> revoked = certified("04", "82.50", "2025-09-15");
        String etag = given().auth()
                .oauth2(Tokens.approver("04"))
                .get("/api/v1/ocop/certificates/" + revoked.get("certificateId"))
                .then()
                .extract()
                .header("ETag");
        revoke("04", revoked.get("certificateId"), etag).statusCode(200);
        expiry.expireDue(decided.plusMonths(36).plusDays(1));

        List<Object[]> events = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                SELECT event_type, CAST(payload AS text) FROM kit_outbox WHERE aggregate_id IN (:expiring, :revoked)
                ORDER BY position""", Object[].class)
                        .setParameter("expiring", expiring.get("productId"))
                        .setParameter("revoked", revoked.get("productId"))
                        .getResultList());

        assertThat(events)
                .extracting(e -> (String) e[0])
                .containsExactlyInAnyOrder(
                        "vn.cnnt.ocop.evaluation.completed.v1",
                        "vn.cnnt.ocop.certificate.issued.v1",
                        "vn.cnnt.ocop.certificate.expired.v1",
                        "vn.cnnt.ocop.evaluation.completed.v1",
                        "vn.cnnt.ocop.certificate.issued.v1",
                        "vn.cnnt.ocop.certificate.revoked.v1");
        for (Object[] event : events) {
            String type = ((String) event[0]).replace("vn.cnnt.ocop.", "").replace(".v1", "");
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
        InputStream in = OcopEventSchemaTest.class.getResourceAsStream(
                "/META-INF/events/vn.cnnt.ocop." + type + ".v1." + kind + ".json");
        assertThat(in).as(type + " " + kind).isNotNull();
        return in;
    }
}
