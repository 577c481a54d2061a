package vn.cnnt.kit.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A province-level unit valid in a period. The same code can name two units (before and after
 * 1 July 2025), so a code is only meaningful with a date.
 *
 * @param currentCode the code of the unit that holds this one today (itself for current units)
 * @param formedFrom  for current units, the former codes merged into it
 */
public record ProvinceUnit(
        String code, String name, LocalDate validFrom, LocalDate validTo, String currentCode, List<String> formedFrom) {

    public boolean isCurrent() {
        return validTo == null;
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
