package vn.cnnt.ocop.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.criteria.Sheet;
import vn.cnnt.ocop.criteria.StarBands;

/**
 * Scores the members' sheets against a criteria set: every criterion once per member, one of its options. The ranking
 * score is the average of the members' totals (tổng điểm trung bình), truncated to 2 decimals so that rounding never
 * lifts a product over a star threshold (69.995 stays 69.99, 3★).
 */
public final class Scoring {

    private static final int SCALE = 2;

    private Scoring() {}

    public static Score score(Sheet sheet, List<List<Choice>> members, StarBands bands) {
        Map<String, BigDecimal> byCriterion = new HashMap<>();
        Map<String, BigDecimal> byPart = new HashMap<>();
        List<BigDecimal> totals = new ArrayList<>();
        List<FieldError> mismatches = new ArrayList<>();
        List<FieldError> unknownOptions = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            BigDecimal total = BigDecimal.ZERO;
            Set<String> scored = new HashSet<>();
            List<Choice> choices = members.get(i);
            for (int j = 0; j < choices.size(); j++) {
                Choice choice = choices.get(j);
                String path = "sheets[" + i + "].choices[" + j + "]";
                Optional<Sheet.Criterion> criterion = sheet.criterion(choice.criterion());
                if (criterion.isEmpty()) {
                    mismatches.add(new FieldError(path + ".criterion", "is not a criterion of this criteria set"));
                    continue;
                }
                if (!scored.add(choice.criterion())) {
                    mismatches.add(new FieldError(path + ".criterion", "is scored twice by this member"));
                    continue;
                }
                Optional<Sheet.Option> option = criterion.get().option(choice.option());
                if (option.isEmpty()) {
                    unknownOptions.add(new FieldError(
                            path + ".option",
                            "is not an option of criterion " + choice.criterion() + " ("
                                    + criterion.get().options().stream()
                                            .map(Sheet.Option::code)
                                            .collect(Collectors.joining(", "))
                                    + ")"));
                    continue;
                }
                BigDecimal points = option.get().points();
                total = total.add(points);
                byCriterion.merge(choice.criterion(), points, BigDecimal::add);
                byPart.merge(sheet.partOf(choice.criterion()), points, BigDecimal::add);
            }
            List<String> missing = sheet.criteria().stream()
                    .map(Sheet.Criterion::code)
                    .filter(c -> !scored.contains(c))
                    .toList();
            if (!missing.isEmpty() && mismatches.isEmpty()) {
                mismatches.add(new FieldError(
                        "sheets[" + i + "].choices", "does not score the criteria " + String.join(", ", missing)));
            }
            totals.add(total);
        }
        if (!mismatches.isEmpty()) {
            throw new ProblemException(
                    OcopProblems.SHEET_MISMATCH,
                    "A scoring sheet does not match the criteria set: "
                            + mismatches.getFirst().field() + " "
                            + mismatches.getFirst().message(),
                    mismatches);
        }
        if (!unknownOptions.isEmpty()) {
            throw new ProblemException(
                    OcopProblems.UNKNOWN_OPTION,
                    "A score is outside the criterion's options: "
                            + unknownOptions.getFirst().field() + " "
                            + unknownOptions.getFirst().message(),
                    unknownOptions);
        }
        BigDecimal memberCount = BigDecimal.valueOf(members.size());
        BigDecimal average =
                totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(memberCount, SCALE, RoundingMode.DOWN);
        int scoreStars = bands.starsFor(average);
        List<MissedMandatory> missed = missedMandatory(sheet, byCriterion, memberCount);
        int cap = missed.stream().mapToInt(m -> m.forStars() - 1).min().orElse(5);
        return new Score(
                averageOf(byPart, "A", memberCount),
                averageOf(byPart, "B", memberCount),
                averageOf(byPart, "C", memberCount),
                average,
                totals,
                scoreStars,
                Math.max(1, Math.min(scoreStars, cap)),
                missed);
    }

    /** A mandatory option is met when the members' average on its criterion reaches the option's points. */
    private static List<MissedMandatory> missedMandatory(
            Sheet sheet, Map<String, BigDecimal> byCriterion, BigDecimal members) {
        List<MissedMandatory> missed = new ArrayList<>();
        for (Sheet.Criterion criterion : sheet.criteria()) {
            BigDecimal average =
                    byCriterion.getOrDefault(criterion.code(), BigDecimal.ZERO).divide(members, 4, RoundingMode.DOWN);
            for (Sheet.Option option : criterion.options()) {
                if (option.minimumForStars() != null && average.compareTo(option.points()) < 0) {
                    missed.add(new MissedMandatory(
                            criterion.code(),
                            option.minimumForStars(),
                            option.points(),
                            average.setScale(SCALE, RoundingMode.DOWN)));
                }
            }
        }
        return missed;
    }

    private static BigDecimal averageOf(Map<String, BigDecimal> byPart, String part, BigDecimal members) {
        return byPart.getOrDefault(part, BigDecimal.ZERO).divide(members, SCALE, RoundingMode.DOWN);
    }
}
