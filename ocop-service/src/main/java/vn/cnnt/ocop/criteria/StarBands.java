package vn.cnnt.ocop.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

/** The star bands of a regime as data: a score earns the highest band whose minimum it reaches. */
public record StarBands(Map<Integer, BigDecimal> minimumScoreByStars) {

    public int starsFor(BigDecimal score) {
        return minimumScoreByStars.entrySet().stream()
                .filter(band -> score.compareTo(band.getValue()) >= 0)
                .map(Map.Entry::getKey)
                .max(Comparator.naturalOrder())
                .orElse(1);
    }
}
