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

    /** Checks If-Match against the current version; throws the 428 or 412 problem. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemType.PRECONDITION_REQUIRED.exception(
                    "Send If-Match with the ETag of your last read (current: \"" + currentVersion + "\")");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + currentVersion + "\"") || tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw ProblemType.PRECONDITION_FAILED.exception("If-Match " + ifMatch + " does not match the current version \""
                + currentVersion + "\"; read it again");
    }
}
