package vn.cnnt.ocop.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import vn.cnnt.ocop.CouncilLevel;

/**
 * Data of {@code vn.cnnt.ocop.evaluation.completed.v1}. {@code version} is the product's version, the sequence every
 * event about a product carries. {@code illustrativeScoringSheet} (added later, optional in the schema): scored
 * with an illustrative sheet, not an official Annex III one.
 */
public record EvaluationCompletedData(
        UUID evaluationId,
        UUID productId,
        String productName,
        UUID producerId,
        String provinceCode,
        String currentProvinceCode,
        CouncilLevel councilLevel,
        BigDecimal averageScore,
        int stars,
        boolean proposedForCentral,
        String decisionNumber,
        LocalDate decisionDate,
        long version,
        boolean illustrativeScoringSheet) {}
