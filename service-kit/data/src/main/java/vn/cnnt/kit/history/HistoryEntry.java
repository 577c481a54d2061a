package vn.cnnt.kit.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change of a resource: who, when, which action, and the fields that changed (old and new values). The OpenAPI
 * schema of {@code changes} (an object of {@code FieldChange}s, not the array smallrye reads in {@code JsonNode}) is
 * written by {@code vn.cnnt.kit.openapi.ApiContract}.
 */
@Schema(
        name = "HistoryEntry",
        requiredProperties = {"version", "action", "at", "changes"})
public record HistoryEntry(
        @Schema(examples = "3", minimum = "0", maximum = "9223372036854775807")
        long version,

        @Schema(examples = "APPROVED", maxLength = 100) String action,
        @Schema(examples = "approver-04", maxLength = 200) String actor,
        Instant at,
        @Schema(maxLength = 200) String requestId,
        JsonNode changes) {}
