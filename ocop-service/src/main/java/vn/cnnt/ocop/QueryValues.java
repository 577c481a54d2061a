package vn.cnnt.ocop;

import java.util.Arrays;
import java.util.UUID;
import vn.cnnt.kit.problem.ProblemException;

/** Query parameters and keyset cursors of the lists: bad values are 422 problems naming the parameter. */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, E[] allowed) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(allowed).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField(field, "must be one of " + Arrays.toString(allowed)));
    }

    public static UUID uuidCursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("pageToken", "is not a token returned by this list");
        }
    }
}
