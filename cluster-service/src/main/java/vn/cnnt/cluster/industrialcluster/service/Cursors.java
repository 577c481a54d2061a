package vn.cnnt.cluster.industrialcluster.service;

import java.util.UUID;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.ProblemException;

/** Keyset cursors of this service's lists. */
final class Cursors {

    private Cursors() {
    }

    static UUID uuid(PageRequest page) {
        try {
            return page.cursor() == null ? null : UUID.fromString(page.cursor());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    static long number(PageRequest page) {
        try {
            return page.cursor() == null ? 0 : Long.parseLong(page.cursor());
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("pageToken", "is not a token returned by this list");
    }
}
