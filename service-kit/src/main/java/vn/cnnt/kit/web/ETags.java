package vn.cnnt.kit.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import vn.cnnt.kit.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: the ETag is the resource's version; writes must send it back in
 * If-Match (428 without it, 412 when it is not the current version).
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static Response.ResponseBuilder ok(Object body, long version) {
        return Response.ok(body).tag(of(version));
    }

    /**
     * Checks If-Match against the current version with the strong comparison of RFC 9110 §13.1.1: 428 without it,
     * 428 for {@code *} (it names no version, and the read-before-write rule exists so that nobody approves what they
     * did not see), 412 when no listed tag is the current version; a weak tag ({@code W/"3"}) never matches.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemType.PRECONDITION_REQUIRED.exception(
                    "Send If-Match with the ETag of your last read (current: \"" + currentVersion + "\")");
        }
        String current = "\"" + currentVersion + "\"";
        boolean weak = false;
        String[] tags = ifMatch.split(",");
        for (String candidate : tags) {
            if (candidate.strip().equals("*")) {
                throw ProblemType.PRECONDITION_REQUIRED.exception(
                        "If-Match: * names no version; send the ETag of your last read (current: " + current + ")");
            }
        }
        for (String candidate : tags) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                weak = true;
                continue;
            }
            if (tag.equals(current) || tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        String shown = ifMatch.length() <= 100 ? ifMatch : ifMatch.substring(0, 100) + "…";
        throw ProblemType.PRECONDITION_FAILED.exception("If-Match " + shown + " does not match the current version "
                + current + (weak ? " (a weak tag never matches: strong comparison)" : "") + "; read it again");
    }

    /**
     * As {@link #requireMatch}, but {@code If-Match: *} is accepted: only for appending a record under the resource's
     * row lock, where every rule is checked against the locked current state whatever version the caller last read
     * (a payment on a project: refused anyway beyond its commitment). The conventions list where it is used.
     */
    public static void requireMatchOrAny(String ifMatch, long currentVersion) {
        if (ifMatch != null && ifMatch.strip().equals("*")) {
            return;
        }
        requireMatch(ifMatch, currentVersion);
    }
}
