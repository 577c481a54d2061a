package vn.cnnt.ocop.evaluation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mandatory minimum (yêu cầu bắt buộc) the council's average on a criterion did not reach: caps the stars below. */
@Schema(name = "MissedMandatory")
public record MissedMandatory(
        @Schema(examples = "C3") String criterion,
        @Schema(examples = "3") int forStars,
        @Schema(examples = "3.00") BigDecimal requiredPoints,
        @Schema(examples = "1.50") BigDecimal averagePoints) {}
