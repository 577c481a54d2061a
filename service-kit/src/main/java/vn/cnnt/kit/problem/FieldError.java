package vn.cnnt.kit.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field of a validation problem: a JSON path like {@code tasks[2].code} and why. */
@Schema(name = "FieldError", description = "An invalid field of the request")
public record FieldError(
        @Schema(examples = "documentNumber") String field,

        @Schema(examples = "must look like 317/KH-UBND or 45/2012/NĐ-CP")
        String message) {}
