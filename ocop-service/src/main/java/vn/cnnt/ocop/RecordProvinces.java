package vn.cnnt.ocop;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.units.AdministrativeUnits;

/**
 * The province of a record being created or edited: the code valid on the record's date, and the current unit that
 * holds it today, which must be the caller's own (national callers may write for any province).
 */
@ApplicationScoped
public class RecordProvinces {

    private final AdministrativeUnits units;
    private final Caller caller;

    RecordProvinces(AdministrativeUnits units, Caller caller) {
        this.units = units;
        this.caller = caller;
    }

    /** The current code (which scoping uses) of {@code provinceCode} valid on {@code on}; refused unless it is the caller's. */
    public String requireWritable(String field, String provinceCode, LocalDate on) {
        String current = units.require(field, provinceCode, on).currentCode();
        caller.requireWritable(current, provinceCode);
        return current;
    }

    /** A {@code ?province=} filter as a current code (a former code finds the unit that holds it today). */
    public String filter(String province) {
        return province == null ? null : units.requireCurrentOrFormer("province", province);
    }
}
