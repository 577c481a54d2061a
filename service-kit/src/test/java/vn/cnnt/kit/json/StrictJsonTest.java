package vn.cnnt.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Status {
        DRAFT,
        APPROVED
    }

    record Body(String name, Status status, LocalDate date, Long amountVnd, List<String> tags) {}

    record One(String name) {}

    // JavaTimeModule after the strict rules, as Quarkus registers it.
    private final ObjectMapper mapper = StrictJson.configure(new ObjectMapper()).registerModule(new JavaTimeModule());

    private Body read(String json) throws Exception {
        return mapper.readValue(json, Body.class);
    }

    @Test
    void shouldReadAPlainBody() throws Exception {
        Body body = read(
                "{\"name\":\"Kế hoạch\\tA\\n\",\"status\":\"DRAFT\",\"date\":\"2024-03-01\",\"amountVnd\":5,\"tags\":[\"x\"]}");
        assertThat(body.status()).isEqualTo(Status.DRAFT);
        assertThat(body.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void shouldRefuseADuplicatedMember() {
        assertThatThrownBy(() -> read("{\"name\":\"a\",\"name\":\"b\"}")).isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\",\"name\":\"b\"}", One.class))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void shouldRefuseTrailingTokens() {
        assertThatThrownBy(() -> read("{\"name\":\"a\"} 1")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\":\"a\"}{}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void shouldNotCoerceNumbersOrBooleansIntoText() {
        assertThatThrownBy(() -> read("{\"name\":1}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\":1.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\":true}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"tags\":[1]}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void shouldNotCoerceTextOrFractionsIntoMoney() {
        assertThatThrownBy(() -> read("{\"amountVnd\":\"5\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"amountVnd\":1.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"amountVnd\":9223372036854775808}")).isInstanceOf(Exception.class);
    }

    @Test
    void shouldReadAnEnumByItsExactNameOnly() {
        assertThatThrownBy(() -> read("{\"status\":\" DRAFT\"}")).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> read("{\"status\":\"DRAFT \"}")).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> read("{\"status\":0}")).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> read("{\"status\":\"draft\"}")).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void shouldRefuseControlCharactersNamingTheField() {
        assertThatThrownBy(() -> read("{\"name\":\"a\\u0000b\"}"))
                .isInstanceOfSatisfying(RefusedValueException.class, e -> {
                    assertThat(e.getPath().getFirst().getFieldName()).isEqualTo("name");
                    assertThat(e.reason()).contains("U+0000");
                });
        assertThatThrownBy(() -> read("{\"tags\":[\"ok\",\"\\u001b[31m\"]}"))
                .isInstanceOfSatisfying(
                        RefusedValueException.class,
                        e -> assertThat(e.getPath()).hasSize(2));
    }

    @Test
    void shouldRefuseTextLongerThanTheBoundNamingTheField() throws Exception {
        String longest = "ả".repeat(StrictJson.MAX_TEXT_LENGTH);
        assertThat(read("{\"name\":\"" + longest + "\"}").name()).hasSize(StrictJson.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> read("{\"name\":\"" + longest + "a\"}"))
                .isInstanceOfSatisfying(RefusedValueException.class, e -> {
                    assertThat(e.getPath().getFirst().getFieldName()).isEqualTo("name");
                    assertThat(e.reason()).contains("at most " + StrictJson.MAX_TEXT_LENGTH + " characters");
                });
        assertThatThrownBy(() -> read("{\"tags\":[\"" + longest + "a\"]}")).isInstanceOf(RefusedValueException.class);
    }

    @Test
    void shouldRefuseImplausibleDatesNamingTheField() {
        for (String date : List.of("+999999999-12-31", "0000-01-01", "1899-12-31", "2101-01-01")) {
            assertThatThrownBy(() -> read("{\"date\":\"" + date + "\"}"))
                    .as(date)
                    .isInstanceOfSatisfying(
                            RefusedValueException.class,
                            e -> assertThat(e.getPath().getFirst().getFieldName())
                                    .isEqualTo("date"));
        }
        assertThatThrownBy(() -> read("{\"date\":\"2024-02-30\"}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void shouldFindControlCharacters() {
        assertThat(StrictJson.forbiddenControl("tab\tand\r\nlines")).isEqualTo(-1);
        assertThat(StrictJson.forbiddenControl("nul\u0000")).isEqualTo(0);
        assertThat(StrictJson.forbiddenControl("bell\u0007")).isEqualTo(7);
        assertThat(StrictJson.forbiddenControl("bidi\u202e ok")).isEqualTo(-1);
    }
}
