package vn.cnnt.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** Every recorded event, and every published example, carries the fields its published schema requires. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class EventSchemaTest {

    private static final String APPROVER = Tokens.approver("19");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    @Test
    void shouldRecordEventsMatchingTheirPublishedSchemas() throws Exception {
        String id = Clusters.aCluster().area(40, 30).create(APPROVER);
        Clusters.operate(APPROVER, id);
        Clusters.admitted(APPROVER, id, 25);
        Clusters.finishInfrastructure(APPROVER, id);
        Clusters.transition(
                        APPROVER,
                        id,
                        "expansion",
                        java.util.Map.of(
                                "decisionNumber",
                                "3/QĐ-UBND",
                                "decisionDate",
                                "2025-10-01",
                                "totalAreaHa",
                                60,
                                "industrialLandHa",
                                45))
                .then()
                .statusCode(200);

        Set<String> types = new HashSet<>();
        try (var c = db.getConnection();
                var s = c.prepareStatement(
                        "SELECT event_type, CAST(payload AS text) FROM kit_outbox WHERE aggregate_id = ?")) {
            s.setString(1, id);
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                types.add(rs.getString(1));
                assertCarriesRequiredFields(rs.getString(1), JSON.readTree(rs.getString(2)));
            }
        }
        assertThat(types)
                .contains(
                        "vn.cnnt.cluster.cluster.status-changed.v1",
                        "vn.cnnt.cluster.cluster.expanded.v1",
                        "vn.cnnt.cluster.tenant.admitted.v1");
        for (String type : types) {
            assertCarriesRequiredFields(type, resource(type + ".example.json"));
        }
    }

    private static void assertCarriesRequiredFields(String type, JsonNode data) throws IOException {
        JsonNode schema = resource(type + ".schema.json");
        for (JsonNode field : schema.get("required")) {
            assertThat(data.has(field.asText()))
                    .as(type + " carries " + field.asText())
                    .isTrue();
        }
        data.fieldNames()
                .forEachRemaining(f -> assertThat(schema.get("properties").has(f))
                        .as(type + " declares " + f)
                        .isTrue());
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream("/META-INF/events/" + name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }
}
