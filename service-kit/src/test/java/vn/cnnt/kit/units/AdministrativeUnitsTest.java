package vn.cnnt.kit.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.problem.ProblemException;

class AdministrativeUnitsTest {

    private final AdministrativeUnits units = new AdministrativeUnits();
    private final LocalDate before = LocalDate.of(2021, 10, 20);
    private final LocalDate after = LocalDate.of(2025, 7, 1);

    @Test
    void shouldHold34CurrentAnd63FormerProvinces() {
        assertThat(units.current()).hasSize(34);
        assertThat(units.former()).hasSize(63);
    }

    @Test
    void shouldMapMergedProvincesToTheUnitThatHoldsThemToday() {
        assertThat(units.find("70", before))
                .get()
                .extracting(ProvinceUnit::currentCode)
                .isEqualTo("75");
        assertThat(units.find("74", before))
                .get()
                .extracting(ProvinceUnit::currentCode)
                .isEqualTo("79");
        assertThat(units.find("06", before))
                .get()
                .extracting(ProvinceUnit::currentCode)
                .isEqualTo("19");
        assertThat(units.find("46", before))
                .get()
                .extracting(ProvinceUnit::currentCode)
                .isEqualTo("46");
        assertThat(units.find("04", before))
                .get()
                .extracting(ProvinceUnit::currentCode)
                .isEqualTo("04");
    }

    @Test
    void shouldReadACodeWithTheDateItWasValid() {
        assertThat(units.find("15", before))
                .get()
                .extracting(ProvinceUnit::name)
                .isEqualTo("Tỉnh Yên Bái");
        assertThat(units.find("15", after)).get().extracting(ProvinceUnit::name).isEqualTo("Tỉnh Lào Cai");
        assertThat(units.find("70", after)).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownCodeWithAProblemNamingTheField() {
        assertThatThrownBy(() -> units.require("provinceCode", "70", after))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors())
                        .extracting("field")
                        .containsExactly("provinceCode"));
    }

    @Test
    void shouldTurnAFormerCodeFilterIntoItsCurrentUnit() {
        assertThat(units.requireCurrentOrFormer("province", "70")).isEqualTo("75");
        assertThat(units.requireCurrentOrFormer("province", "04")).isEqualTo("04");
        assertThatThrownBy(() -> units.requireCurrentOrFormer("province", "99")).isInstanceOf(ProblemException.class);
    }
}
