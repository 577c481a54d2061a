package vn.cnnt.ocop.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A council member's score on one criterion: the option chosen. */
@Schema(name = "Choice")
public record Choice(
        @NotBlank @Size(max = 20) @Schema(examples = "A1") String criterion,
        @NotBlank @Size(max = 25) @Schema(examples = "A1.3") String option) {}
