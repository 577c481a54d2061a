package vn.cnnt.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.paging.PageRequest;

class QueryFilterTest {

    @Test
    void withoutFiltersThereIsNoWhere() {
        QueryFilter f = QueryFilter.of().equal("p.status", null).containsAll("p.searchText", List.of());

        assertThat(f.where()).isEmpty();
        assertThat(f.and()).isEmpty();
        assertThat(f.parameters()).isEmpty();
    }

    @Test
    void nullValuesAreNoFilterAndOthersAreBoundNeverWritten() {
        UUID after = UUID.randomUUID();
        QueryFilter f = QueryFilter.of()
                .equal("p.currentProvinceCode", "01")
                .equal("p.kind", null)
                .atLeast("p.periodTo", 2026)
                .atMost("p.periodFrom", 2030)
                .greater("p.id", after);

        assertThat(f.where())
                .isEqualTo(" WHERE p.currentProvinceCode = :f_0 AND p.periodTo >= :f_1 AND p.periodFrom <= :f_2"
                        + " AND p.id > :f_3");
        assertThat(f.where()).doesNotContain("01").doesNotContain(after.toString());
        assertThat(f.parameters())
                .containsExactly(
                        Map.entry("f_0", "01"),
                        Map.entry("f_1", 2026),
                        Map.entry("f_2", 2030),
                        Map.entry("f_3", after));
    }

    @Test
    void everyPatternMustMatchWithBackslashAsEscape() {
        QueryFilter f = QueryFilter.of().containsAll("b.searchText", List.of("%ha noi%", "%100\\%%"));

        assertThat(f.where())
                .isEqualTo(" WHERE b.searchText LIKE :f_0 ESCAPE '\\' AND b.searchText LIKE :f_1 ESCAPE '\\'");
        assertThat(f.parameters()).containsValues("%ha noi%", "%100\\%%");
    }

    @Test
    void aConditionOfItsOwnIsParenthesisedAndAppliesOnlyWhenAsked() {
        LocalDate day = LocalDate.of(2026, 1, 2);
        UUID id = UUID.randomUUID();
        String keyset = "p.issuedOn < :d OR (p.issuedOn = :d AND p.id < :i)";

        QueryFilter applied = QueryFilter.of().equal("p.kind", "X").when(true, keyset, "d", day, "i", id);
        QueryFilter skipped = QueryFilter.of().when(false, keyset, "d", day, "i", id);

        assertThat(applied.and()).isEqualTo(" AND p.kind = :f_0 AND (" + keyset + ")");
        assertThat(applied.parameters()).containsEntry("d", day).containsEntry("i", id);
        assertThat(skipped.where()).isEmpty();
        assertThat(skipped.parameters()).isEmpty();
    }

    @Test
    void keysetsOnDateAndIdAscendingAndDescending() {
        UUID id = UUID.randomUUID();
        var cursor = new PageRequest.DateAndId(LocalDate.of(2026, 3, 4), id);

        assertThat(QueryFilter.of().after("c.validUntil", "c.id", cursor).where())
                .isEqualTo(" WHERE (c.validUntil > :f_0 OR (c.validUntil = :f_0 AND c.id > :f_1))");
        assertThat(QueryFilter.of().before("e.decisionDate", "e.id", cursor).where())
                .isEqualTo(" WHERE (e.decisionDate < :f_0 OR (e.decisionDate = :f_0 AND e.id < :f_1))");
        assertThat(QueryFilter.of().before("e.decisionDate", "e.id", cursor).parameters())
                .containsExactly(Map.entry("f_0", LocalDate.of(2026, 3, 4)), Map.entry("f_1", id));
        assertThat(QueryFilter.of().after("c.validUntil", "c.id", null).where()).isEmpty();
    }

    @Test
    void aConditionThatAppliesBindsEvenANullValue() {
        QueryFilter f = QueryFilter.of().when(true, "c.currentProvinceCode = :province", "province", null);

        assertThat(f.where()).isEqualTo(" WHERE (c.currentProvinceCode = :province)");
        assertThat(f.parameters()).containsEntry("province", null);
    }

    @Test
    void literalsAndMalformedPathsOrParametersAreRefused() {
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.status = 'VALID'"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.id = :x; drop table p", "x", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryFilter.of().equal("p.status = 'VALID' or 1", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.a = :a", "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.a = :a", "b", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.a = :f_0", "f_0", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.a = :a", "a", 1).when(true, "p.b = :a", "a", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConditionMustBindEachNamedParameterItselfNotOnlyALongerOne() {
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.a = :ab", "a", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not use :a");
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.a = :a_b", "a", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryFilter.of().when(true, "p.a = :aễ", "a", 1))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(QueryFilter.of().when(true, "p.a = :a", "a", 1).parameters()).containsEntry("a", 1);
        assertThat(QueryFilter.of()
                        .when(true, "(p.a = :ab OR p.b = :a)", "a", 1)
                        .parameters())
                .containsEntry("a", 1);
        assertThat(QueryFilter.of()
                        .when(true, "p.d < :d or (p.d = :d and p.id < :id)", "d", 1, "id", 2)
                        .parameters())
                .containsEntry("d", 1)
                .containsEntry("id", 2);
    }

    @Test
    void generatedNamesNeverCollideWithGivenOnes() {
        QueryFilter f = QueryFilter.of()
                .equal("p.a", 1)
                .when(true, "p.b = :b", "b", 2)
                .equal("p.c", 3)
                .equal("p.d", 4);

        assertThat(f.parameters()).hasSize(4).containsKeys("f_0", "b", "f_2", "f_3");
    }

    @Test
    void asSqlEveryNameBecomesAPlaceholderBoundInOrderAndCastsAndLiteralsStay() {
        UUID id = UUID.randomUUID();
        var cursor = new PageRequest.DateAndId(LocalDate.of(2026, 3, 4), id);
        QueryFilter f = QueryFilter.of()
                .when(true, "p.province = :province", "province", "04")
                .containsAll("p.search_text", List.of("%cao bang%"))
                .before("p.issued_on", "p.id", cursor);

        QueryFilter.Sql sql = f.sql("SELECT p.id::text FROM plan p", "ORDER BY p.id LIMIT ?");

        assertThat(sql.text())
                .isEqualTo("SELECT p.id::text FROM plan p WHERE (p.province = ?) AND p.search_text LIKE ? ESCAPE '\\'"
                        + " AND (p.issued_on < ? OR (p.issued_on = ? AND p.id < ?)) ORDER BY p.id LIMIT ?");
        assertThat(sql.values())
                .containsExactly("04", "%cao bang%", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4), id);
        assertThat(QueryFilter.of().sql("SELECT 1 FROM plan", "").text()).isEqualTo("SELECT 1 FROM plan ");
    }

    @Test
    void asSqlANameWithoutAValueIsRefused() {
        assertThatThrownBy(() -> QueryFilter.of().equal("p.a", 1).sql("SELECT 1 FROM t p WHERE p.b = :b", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":b has no value");
    }
}
