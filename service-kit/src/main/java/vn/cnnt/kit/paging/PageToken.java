package vn.cnnt.kit.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.cnnt.kit.problem.ProblemException;

/** Opaque page tokens: a keyset cursor, base64url-encoded so callers do not build them by hand. */
public final class PageToken {

    private static final String PREFIX = "v1:";

    private PageToken() {}

    public static String encode(String cursor) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + cursor).getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                return raw.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the problem below
        }
        throw ProblemException.invalidField("pageToken", "is not a token returned by this list");
    }
}
