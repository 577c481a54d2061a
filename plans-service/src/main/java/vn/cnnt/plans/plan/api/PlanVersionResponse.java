package vn.cnnt.plans.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PlanVersion",
        description = "A version of an approved plan replaced by an amendment, or the current one")
public record PlanVersionResponse(
        int number,
        boolean current,
        String amendingDocument,
        LocalDate amendedOn,
        String rationale,
        Instant recordedAt,
        String recordedBy,
        PlanResponse content) {}
