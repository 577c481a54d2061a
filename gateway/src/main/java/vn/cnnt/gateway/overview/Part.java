package vn.cnnt.gateway.overview;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One service's part of a composed view: its data, or why it is missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OverviewPart", description = "A service's part: `data` when available, else `reason`")
public record Part(
        @Schema(description = "False when the service was down, too slow or answered an error")
        boolean available,

        @Schema(description = "Why the part is missing", examples = "The ocop service cannot be reached")
        String reason,

        @Schema(description = "The part's figures, as described on the overview")
        Object data) {

    static Part of(Object data) {
        return new Part(true, null, data);
    }

    static Part unavailable(String reason) {
        return new Part(false, reason, null);
    }
}
