package vn.cnnt.funding.ledger.service;

import java.util.UUID;
import vn.cnnt.kit.problem.ProblemException;

/** Keyset cursors of the funding lists. */
final class Cursors {

    private Cursors() {
    }

    static UUID uuid(String cursor) {
        try {
            return cursor == null ? null : UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("pageToken", "is not a token returned by this list");
        }
    }

    static long number(String cursor) {
        try {
            return cursor == null ? 0 : Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("pageToken", "is not a token returned by this list");
        }
    }
}
