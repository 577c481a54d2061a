package vn.cnnt.ocop;

import java.util.List;
import vn.cnnt.kit.problem.ProblemType;

/** The problem kinds of ocop-service, each with a stable slug (documented in the OpenAPI document and README). */
public final class OcopProblems {

    public static final ProblemType DUPLICATE_TAX_CODE =
            new ProblemType("duplicate-tax-code", 409, "Tax code already registered");
    public static final ProblemType UNKNOWN_PRODUCER = new ProblemType("unknown-producer", 422, "Unknown producer");
    public static final ProblemType UNKNOWN_CATEGORY =
            new ProblemType("unknown-category", 422, "Unknown OCOP category");
    public static final ProblemType UNKNOWN_REGIME = new ProblemType("unknown-regime", 422, "Unknown OCOP regime");
    public static final ProblemType SHEET_POINTS_MISMATCH =
            new ProblemType("sheet-points-mismatch", 422, "Criteria sheet points do not add up to the part maxima");
    public static final ProblemType CRITERIA_SET_IN_USE =
            new ProblemType("criteria-set-in-use", 409, "Criteria set already used by evaluations");
    public static final ProblemType UNKNOWN_PRODUCT = new ProblemType("unknown-product", 422, "Unknown product");
    public static final ProblemType UNKNOWN_CRITERIA_SET =
            new ProblemType("unknown-criteria-set", 422, "Unknown criteria set");
    public static final ProblemType NO_REGIME_ON_DATE =
            new ProblemType("no-regime-on-date", 422, "No OCOP regime on that date");
    public static final ProblemType CRITERIA_SET_WRONG_REGIME =
            new ProblemType("criteria-set-wrong-regime", 422, "Criteria set of another legal regime");
    public static final ProblemType CRITERIA_SET_WRONG_CATEGORY =
            new ProblemType("criteria-set-wrong-category", 422, "Criteria set of another product category");
    public static final ProblemType SHEET_MISMATCH =
            new ProblemType("sheet-mismatch", 422, "Scoring sheet does not match the criteria set");
    public static final ProblemType UNKNOWN_OPTION =
            new ProblemType("unknown-option", 422, "Score outside the criterion's options");
    public static final ProblemType COUNCIL_LEVEL_NOT_IN_REGIME =
            new ProblemType("council-level-not-in-regime", 422, "Council level does not exist on that date");
    public static final ProblemType LEVEL_CANNOT_RECOGNISE =
            new ProblemType("level-cannot-recognise-stars", 422, "Council level cannot recognise those stars");
    public static final ProblemType CENTRAL_COUNCIL_ONLY_NATIONAL = new ProblemType(
            "central-council-only-national", 403, "Central council evaluations are recorded by the ministry");
    public static final ProblemType STARS_BELOW_CERTIFICATION =
            new ProblemType("stars-below-certification", 422, "Only 3 stars or more are certified");
    public static final ProblemType ALREADY_CERTIFIED =
            new ProblemType("already-certified", 409, "Evaluation already certified");
    public static final ProblemType DUPLICATE_CERTIFICATE_NUMBER =
            new ProblemType("duplicate-certificate-number", 409, "Certificate number already issued");
    public static final ProblemType NEWER_CERTIFICATE_EXISTS =
            new ProblemType("newer-certificate-exists", 409, "The product holds a certificate from a later decision");
    public static final ProblemType UNKNOWN_CERTIFICATE_NUMBER =
            new ProblemType("unknown-certificate-number", 404, "No certificate with that number");

    public static final ProblemType CRITERIA_SET_RETIRED =
            new ProblemType("criteria-set-retired", 422, "The criteria set was retired before the decision date");
    public static final ProblemType COMMUNE_PRE_SCREENING_REQUIRED = new ProblemType(
            "commune-pre-screening-required",
            422,
            "The commune's pre-screening must precede the provincial council (1489/QĐ-TTg)");

    public static final List<ProblemType> ALL = List.of(
            CRITERIA_SET_RETIRED,
            COMMUNE_PRE_SCREENING_REQUIRED,
            ProblemType.INVALID_TRANSITION,
            ProblemType.PROVINCE_NOT_YOURS,
            DUPLICATE_TAX_CODE,
            UNKNOWN_PRODUCER,
            UNKNOWN_CATEGORY,
            UNKNOWN_REGIME,
            SHEET_POINTS_MISMATCH,
            CRITERIA_SET_IN_USE,
            UNKNOWN_PRODUCT,
            UNKNOWN_CRITERIA_SET,
            NO_REGIME_ON_DATE,
            CRITERIA_SET_WRONG_REGIME,
            CRITERIA_SET_WRONG_CATEGORY,
            SHEET_MISMATCH,
            UNKNOWN_OPTION,
            COUNCIL_LEVEL_NOT_IN_REGIME,
            LEVEL_CANNOT_RECOGNISE,
            CENTRAL_COUNCIL_ONLY_NATIONAL,
            STARS_BELOW_CERTIFICATION,
            ALREADY_CERTIFIED,
            DUPLICATE_CERTIFICATE_NUMBER,
            NEWER_CERTIFICATE_EXISTS,
            UNKNOWN_CERTIFICATE_NUMBER);

    private OcopProblems() {}
}
