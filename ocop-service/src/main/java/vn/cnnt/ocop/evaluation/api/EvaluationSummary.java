package vn.cnnt.ocop.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
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
        long version) {}
