package vn.cnnt.ocop.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.CouncilLevel;

/** An evaluation in a list, without the members' sheets. */
public record EvaluationSummary(
        UUID id,
        UUID productId,
        CouncilLevel councilLevel,
        String round,
        String decisionNumber,
        LocalDate decisionDate,
        BigDecimal averageScore,
        int stars,
        boolean proposedForCentral,
        UUID certificateId,
        String currentProvinceCode,
        long version,

        @Schema(description = "Scored with an illustrative sheet (phiếu minh họa), not an official Annex III sheet")
        boolean illustrativeScoringSheet) {}
