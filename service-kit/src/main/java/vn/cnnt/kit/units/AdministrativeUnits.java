package vn.cnnt.kit.units;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;

/**
 * Vietnam's province-level units before and after the reform of 1 July 2025 (Decision 19/2025/QĐ-TTg,
 * Resolution 202/2025/QH15), loaded from the shipped data file. Every service validates province codes
 * and resolves the current unit of a record through this.
 */
@Singleton
public class AdministrativeUnits {

    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
    public static final ProblemType UNKNOWN_PROVINCE =
            new ProblemType("unknown-province", 422, "Unknown province code");

    private final List<ProvinceUnit> former;
    private final List<ProvinceUnit> current;
    private final Map<String, ProvinceUnit> formerByCode = new HashMap<>();
    private final Map<String, ProvinceUnit> currentByCode = new HashMap<>();

    public AdministrativeUnits() {
        JsonNode root = read();
        Map<String, String> successor = new HashMap<>();
        List<ProvinceUnit> now = new ArrayList<>();
        for (JsonNode n : root.get("from_2025_07_01")) {
            List<String> formedFrom = StreamSupport.stream(n.get("formedFrom").spliterator(), false)
                    .map(JsonNode::asText)
                    .toList();
            formedFrom.forEach(old -> successor.put(old, n.get("code").asText()));
            now.add(new ProvinceUnit(
                    n.get("code").asText(),
                    n.get("name").asText(),
                    REFORM_DATE,
                    null,
                    n.get("code").asText(),
                    formedFrom));
        }
        List<ProvinceUnit> before = new ArrayList<>();
        for (JsonNode n : root.get("before_2025_07_01")) {
            String code = n.get("code").asText();
            before.add(new ProvinceUnit(
                    code, n.get("name").asText(), null, REFORM_DATE.minusDays(1), successor.get(code), List.of()));
        }
        before.sort(Comparator.comparing(ProvinceUnit::code));
        now.sort(Comparator.comparing(ProvinceUnit::code));
        this.former = List.copyOf(before);
        this.current = List.copyOf(now);
        former.forEach(u -> formerByCode.put(u.code(), u));
        current.forEach(u -> currentByCode.put(u.code(), u));
    }

    public List<ProvinceUnit> current() {
        return current;
    }

    public List<ProvinceUnit> former() {
        return former;
    }

    /** The unit that a code named on a date. */
    public Optional<ProvinceUnit> find(String code, LocalDate on) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(on.isBefore(REFORM_DATE) ? formerByCode.get(code) : currentByCode.get(code));
    }

    public Optional<ProvinceUnit> findCurrent(String code) {
        return Optional.ofNullable(code == null ? null : currentByCode.get(code));
    }

    /** Like {@link #find} but answers a 422 problem naming the field when the code is unknown on that date. */
    public ProvinceUnit require(String field, String code, LocalDate on) {
        return find(code, on)
                .orElseThrow(() -> new ProblemException(
                        UNKNOWN_PROVINCE,
                        "Province code '" + code + "' did not exist on " + on,
                        List.of(new FieldError(field, "is not a province code valid on " + on))));
    }

    /** A filter value: a current code as is; a former code maps to the current unit that holds it. */
    public String requireCurrentOrFormer(String field, String code) {
        if (currentByCode.containsKey(code)) {
            return code;
        }
        ProvinceUnit old = formerByCode.get(code);
        if (old != null) {
            return old.currentCode();
        }
        throw new ProblemException(
                UNKNOWN_PROVINCE,
                "Province code '" + code + "' is unknown",
                List.of(new FieldError(field, "is not a province code")));
    }

    private static JsonNode read() {
        try (InputStream in = AdministrativeUnits.class.getResourceAsStream("provinces.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the administrative units data file is missing", e);
        }
    }
}
