package vn.cnnt.ocop;

import java.util.UUID;
import vn.cnnt.kit.problem.ProblemException;

/** Keyset cursors of the lists: a token this service did not hand out is a 422 problem naming it. */
public final class QueryValues {

    private QueryValues() {
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
