package vn.cnnt.ocop.criteria.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.criteria.Regime;
import vn.cnnt.ocop.criteria.Sheet;

/** What a loadable sheet must satisfy: parts A, B, C with the regime's maxima, reached exactly by the best options. */
final class SheetRules {

    private SheetRules() {}

    static void check(Sheet sheet, Regime regime) {
        checkCodes(sheet);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < sheet.parts().size(); i++) {
            Sheet.Part part = sheet.parts().get(i);
            int regimeMax = regime.partMaxima().get(part.code());
            if (part.maxPoints() != regimeMax) {
                errors.add(new FieldError(
                        "sheet.parts[" + i + "].maxPoints", "must be " + regimeMax + " under " + regime.legalBasis));
            }
            BigDecimal best =
                    part.criteria().stream().map(Sheet.Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (best.compareTo(BigDecimal.valueOf(part.maxPoints())) != 0) {
                errors.add(new FieldError(
                        "sheet.parts[" + i + "].criteria",
                        "the best options add up to " + best.toPlainString() + ", not to the part maximum "
                                + part.maxPoints()));
            }
        }
        int total = sheet.parts().stream().mapToInt(Sheet.Part::maxPoints).sum();
        if (total != 100) {
            errors.add(new FieldError("sheet.parts", "the part maxima add up to " + total + ", not to 100"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    OcopProblems.SHEET_POINTS_MISMATCH,
                    "The sheet's points do not add up: " + errors.getFirst().field() + " "
                            + errors.getFirst().message(),
                    errors);
        }
    }

    private static void checkCodes(Sheet sheet) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> parts = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < sheet.parts().size(); i++) {
            Sheet.Part part = sheet.parts().get(i);
            if (!parts.add(part.code())) {
                errors.add(new FieldError("sheet.parts[" + i + "].code", "part " + part.code() + " appears twice"));
            }
            for (int j = 0; j < part.criteria().size(); j++) {
                Sheet.Criterion criterion = part.criteria().get(j);
                String path = "sheet.parts[" + i + "].criteria[" + j + "]";
                if (!criterion.code().startsWith(part.code()) || !codes.add(criterion.code())) {
                    errors.add(new FieldError(
                            path + ".code", "must be unique and start with the part's letter " + part.code()));
                }
                for (int k = 0; k < criterion.options().size(); k++) {
                    if (!codes.add(criterion.options().get(k).code())) {
                        errors.add(new FieldError(path + ".options[" + k + "].code", "must be unique in the sheet"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors.size() + " codes of the sheet are invalid", errors);
        }
    }
}
