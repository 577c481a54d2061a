package vn.cnnt.kit.testing.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a consumer's record must respect of the producer's schema, and what makes it fail. */
class ProducerMessagesTest {

    private static final JsonNode SCHEMA = schema("""
            {"type": "object",
             "required": ["id", "version", "status"],
             "properties": {
               "id": {"type": "string", "format": "uuid"},
               "version": {"type": "integer"},
               "status": {"enum": ["VALID", "EXPIRED", "REVOKED"]},
               "amountVnd": {"type": ["integer", "null"]},
               "decisionDate": {"type": "string", "format": "date"},
               "replaced": {"oneOf": [{"type": "null"},
                 {"type": "object", "properties": {"stars": {"type": "integer"}}}]}
             }}
            """);

    enum Status {
        VALID,
        EXPIRED,
        REVOKED
    }

    enum FewerStatuses {
        VALID,
        EXPIRED
    }

    record Replaced(Integer stars) {}

    record Fits(UUID id, long version, Status status, Long amountVnd, LocalDate decisionDate, Replaced replaced) {}

    record Undeclared(UUID id, String reason) {}

    record PrimitiveOfNullable(UUID id, long amountVnd) {}

    record WrongTypes(Integer id, UUID decisionDate) {}

    record EnumMissingValues(FewerStatuses status) {}

    record NestedUndeclared(NestedReplaced replaced) {}

    record NestedReplaced(Integer stars, String number) {}

    @Test
    void shouldAcceptARecordThatReadsDeclaredFieldsWithCompatibleTypes() {
        assertThat(misfits(Fits.class)).isEmpty();
    }

    @Test
    void shouldRefuseAFieldTheProducerDoesNotDeclare() {
        assertThat(misfits(Undeclared.class)).singleElement().asString().contains("reason: not declared");
    }

    @Test
    void shouldRefuseAPrimitiveForAFieldThatMayBeNullOrAbsent() {
        assertThat(misfits(PrimitiveOfNullable.class))
                .singleElement()
                .asString()
                .contains("amountVnd");
    }

    @Test
    void shouldRefuseIncompatibleTypes() {
        assertThat(misfits(WrongTypes.class)).hasSize(2);
    }

    @Test
    void shouldRefuseAnEnumThatDoesNotKnowEveryValueTheProducerMaySend() {
        assertThat(misfits(EnumMissingValues.class)).singleElement().asString().contains("REVOKED");
    }

    @Test
    void shouldCheckNestedRecordsInsideOneOf() {
        assertThat(misfits(NestedUndeclared.class)).singleElement().asString().contains("replaced.number");
    }

    private static List<String> misfits(Class<?> record) {
        List<String> misfits = new ArrayList<>();
        ProducerMessages.fits(record, SCHEMA, "event", misfits);
        return misfits;
    }

    private static JsonNode schema(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
