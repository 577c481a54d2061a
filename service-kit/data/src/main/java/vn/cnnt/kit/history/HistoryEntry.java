package vn.cnnt.kit.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a resource: who, when, which action, and the fields that changed (old and new values). */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
        @Schema(examples = "3") long version,
        @Schema(examples = "APPROVED") String action,
        @Schema(examples = "approver-04") String actor,
        Instant at,
        String requestId,

        @Schema(description = "Changed fields: {\"field\": {\"from\": old, \"to\": new}}")
        JsonNode changes) {}
