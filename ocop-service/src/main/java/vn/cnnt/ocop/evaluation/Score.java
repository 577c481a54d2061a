package vn.cnnt.ocop.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The council's result on a sheet: average part and total scores (2 decimals), the stars the score earns, and the
 * stars left after the mandatory minima.
 */
public record Score(
        BigDecimal partA,
        BigDecimal partB,
        BigDecimal partC,
        BigDecimal average,
        List<BigDecimal> memberTotals,
        int scoreStars,
        int stars,
        List<MissedMandatory> missed) {}
