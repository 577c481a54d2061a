package vn.cnnt.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.criteria.Sheet;
import vn.cnnt.ocop.criteria.StarBands;

/** {@link Scoring} alone, without Quarkus: the star bands and mandatory minima of DOMAIN.md §3, at their boundaries. */
class ScoringTest {

    /** 1★ s < 30; 2★ 30 ≤ s < 50; 3★ 50 ≤ s < 70; 4★ 70 ≤ s < 90; 5★ 90 ≤ s ≤ 100 (Decision 148/QĐ-TTg). */
    private static final StarBands BANDS = new StarBands(Map.of(
            1, BigDecimal.ZERO,
            2, new BigDecimal("30"),
            3, new BigDecimal("50"),
            4, new BigDecimal("70"),
            5, new BigDecimal("90")));

    /** One criterion per part; C1.2 (5 points, or an option with more) is mandatory from 3★ up. */
    private static final Sheet SHEET = new Sheet(List.of(
            new Sheet.Part("A", "Sản phẩm và sức mạnh cộng đồng", 40, List.of(criterion("A1", "0", "20", "40"))),
            new Sheet.Part("B", "Khả năng tiếp thị", 25, List.of(criterion("B1", "0", "9.99", "10", "24.99", "25"))),
            new Sheet.Part(
                    "C",
                    "Chất lượng sản phẩm",
                    35,
                    List.of(new Sheet.Criterion(
                            "C1",
                            "Chất lượng",
                            List.of(
                                    option("C1.1", "0", null),
                                    option("C1.2", "5", 3),
                                    option("C1.3", "20", null),
                                    option("C1.4", "25", null),
                                    option("C1.5", "35", null)))))));

    @ParameterizedTest(name = "{0} + {1} + {2} = {3}: {4}★")
    @CsvSource({
        "A1.2, B1.3, C1.3, 50.00, 3",
        "A1.3, B1.2, C1.3, 69.99, 3",
        "A1.3, B1.3, C1.3, 70.00, 4",
        "A1.3, B1.4, C1.4, 89.99, 4",
        "A1.3, B1.5, C1.4, 90.00, 5",
        "A1.3, B1.5, C1.5, 100.00, 5",
    })
    void starsFollowTheBandsOfTheAverageScore(String a, String b, String c, String total, int stars) {
        Score score = Scoring.score(SHEET, List.of(member(a, b, c)), BANDS);

        assertThat(score.average()).isEqualByComparingTo(total);
        assertThat(score.scoreStars()).isEqualTo(stars);
        assertThat(score.stars()).isEqualTo(stars);
        assertThat(score.missed()).isEmpty();
    }

    @Test
    void bandBoundariesBelowThreeStars() {
        assertThat(BANDS.starsFor(new BigDecimal("29.99"))).isEqualTo(1);
        assertThat(BANDS.starsFor(new BigDecimal("30.00"))).isEqualTo(2);
        assertThat(BANDS.starsFor(new BigDecimal("49.99"))).isEqualTo(2);
        assertThat(BANDS.starsFor(BigDecimal.ZERO)).isEqualTo(1);
    }

    @Test
    void theAverageIsTruncatedSoThatRoundingNeverLiftsAProductOverAThreshold() {
        Score score =
                Scoring.score(SHEET, List.of(member("A1.3", "B1.2", "C1.3"), member("A1.3", "B1.3", "C1.3")), BANDS);

        assertThat(score.memberTotals()).containsExactly(new BigDecimal("69.99"), new BigDecimal("70"));
        assertThat(score.average()).isEqualByComparingTo("69.99"); // 69.995, never 70.00
        assertThat(score.stars()).isEqualTo(3);
        assertThat(score.partA()).isEqualByComparingTo("40.00");
        assertThat(score.partB()).isEqualByComparingTo("9.99"); // 9.995 truncated
        assertThat(score.partC()).isEqualByComparingTo("20.00");
    }

    @Test
    void aMissedMandatoryMinimumCapsTheStarsBelowItsLevel() {
        Score score = Scoring.score(SHEET, List.of(member("A1.3", "B1.3", "C1.1")), BANDS);

        assertThat(score.average()).isEqualByComparingTo("50.00");
        assertThat(score.scoreStars()).isEqualTo(3);
        assertThat(score.stars()).isEqualTo(2);
        assertThat(score.missed())
                .containsExactly(new MissedMandatory("C1", 3, new BigDecimal("5"), new BigDecimal("0.00")));
    }

    @Test
    void theMandatoryMinimumIsJudgedOnTheMembersAverage() {
        Score met =
                Scoring.score(SHEET, List.of(member("A1.3", "B1.3", "C1.1"), member("A1.3", "B1.3", "C1.3")), BANDS);
        Score missed = Scoring.score(
                SHEET,
                List.of(member("A1.3", "B1.3", "C1.1"), member("A1.3", "B1.3", "C1.1"), member("A1.3", "B1.5", "C1.2")),
                BANDS);

        assertThat(met.missed()).isEmpty(); // (0 + 20) / 2 = 10 ≥ 5
        assertThat(met.stars()).isEqualTo(3);
        assertThat(missed.missed())
                .singleElement()
                .satisfies(m -> assertThat(m.averagePoints()).isEqualByComparingTo("1.66")); // 5 / 3, truncated
        assertThat(missed.stars()).isEqualTo(2);
    }

    @Test
    void aMissedMinimumNeverTakesAProductBelowOneStar() {
        Score score = Scoring.score(SHEET, List.of(member("A1.1", "B1.1", "C1.1")), BANDS);

        assertThat(score.average()).isEqualByComparingTo("0");
        assertThat(score.stars()).isEqualTo(1);
    }

    @Test
    void aSheetThatDoesNotMatchTheCriteriaSetIsRefused() {
        assertProblem(List.of(new Choice("A1", "A1.3"), new Choice("B1", "B1.3")), OcopProblems.SHEET_MISMATCH);
        assertProblem(
                List.of(
                        new Choice("A1", "A1.3"),
                        new Choice("A1", "A1.2"),
                        new Choice("B1", "B1.3"),
                        new Choice("C1", "C1.3")),
                OcopProblems.SHEET_MISMATCH);
        assertProblem(
                List.of(
                        new Choice("A1", "A1.3"),
                        new Choice("B1", "B1.3"),
                        new Choice("C1", "C1.3"),
                        new Choice("D9", "D9.1")),
                OcopProblems.SHEET_MISMATCH);
        assertProblem(
                List.of(new Choice("A1", "A1.3"), new Choice("B1", "B1.9"), new Choice("C1", "C1.3")),
                OcopProblems.UNKNOWN_OPTION);
    }

    private static void assertProblem(List<Choice> member, ProblemType type) {
        assertThatThrownBy(() -> Scoring.score(SHEET, List.of(member), BANDS))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(type));
    }

    private static List<Choice> member(String a, String b, String c) {
        return List.of(new Choice("A1", a), new Choice("B1", b), new Choice("C1", c));
    }

    private static Sheet.Criterion criterion(String code, String... points) {
        List<Sheet.Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            options.add(option(code + "." + (i + 1), points[i], null));
        }
        return new Sheet.Criterion(code, "Tiêu chí " + code, options);
    }

    private static Sheet.Option option(String code, String points, Integer minimumForStars) {
        return new Sheet.Option(code, "Mức " + code, new BigDecimal(points), minimumForStars);
    }
}
