package vn.cnnt.ocop.criteria;

import vn.cnnt.ocop.CouncilLevel;

/** The stars a council level may recognise under a regime; above its maximum it proposes the product upwards. */
public record RecognitionRule(CouncilLevel level, int minStars, int maxStars) {

    /** What the council recognises: nothing below 3★; its maximum (and a proposal upwards) above it. */
    public record Outcome(int stars, CouncilLevel proposedTo) {}

    /** Below 3★ nothing is recognised and the grade stands; null when this level may not recognise the graded stars. */
    public Outcome recognise(int gradedStars) {
        if (gradedStars < 3) {
            return new Outcome(gradedStars, null);
        }
        if (gradedStars < minStars) {
            return null;
        }
        return gradedStars > maxStars ? new Outcome(maxStars, level.next()) : new Outcome(gradedStars, null);
    }
}
