package vn.cnnt.plans;

import java.util.List;
import vn.cnnt.kit.problem.ProblemType;

/** The kinds of error of plans-service, each with a stable type URI ({@code /problems/<slug>}). */
public final class PlanProblems {

    public static final ProblemType MALFORMED_DOCUMENT_NUMBER =
            new ProblemType("malformed-document-number", 422, "Malformed document number");
    public static final ProblemType DUPLICATE_DOCUMENT_NUMBER =
            new ProblemType("duplicate-document-number", 409, "Document number already used");
    public static final ProblemType INVALID_PERIOD = new ProblemType("invalid-period", 422, "Invalid period");
    public static final ProblemType FUNDING_YEAR_OUTSIDE_PERIOD =
            new ProblemType("funding-year-outside-period", 422, "Funding line outside the plan's period");
    public static final ProblemType DUPLICATE_TASK_CODE =
            new ProblemType("duplicate-task-code", 422, "Task code used twice");
    public static final ProblemType UNKNOWN_TASK = new ProblemType("unknown-task", 422, "Not a task of this plan");
    public static final ProblemType UNKNOWN_PARENT_PLAN =
            new ProblemType("unknown-parent-plan", 422, "Unknown parent plan");
    public static final ProblemType AMENDMENT_CHANGES_IDENTITY = new ProblemType(
            "amendment-changes-identity",
            422,
            "An amendment keeps the plan's document number, province and issue date");
    public static final ProblemType PROGRAMME_MISMATCH = new ProblemType(
            "funding-programme-mismatch",
            422,
            "OTHER money names its programme (lồng ghép); public and counterpart money name none");
    public static final ProblemType MIXED_ESTIMATE_PERIODS = new ProblemType(
            "mixed-estimate-periods", 422, "A source's estimate is either per year or for the whole period, not both");
    public static final ProblemType UNKNOWN_SUPERSEDING_PLAN =
            new ProblemType("unknown-superseding-plan", 422, "The replacing plan is not a plan you can refer to");
    public static final ProblemType PLAN_NOT_EDITABLE =
            new ProblemType("plan-not-editable", 409, "Only drafts are edited; approved plans change by amendment");

    public static final List<ProblemType> ALL = List.of(
            MALFORMED_DOCUMENT_NUMBER,
            DUPLICATE_DOCUMENT_NUMBER,
            INVALID_PERIOD,
            FUNDING_YEAR_OUTSIDE_PERIOD,
            DUPLICATE_TASK_CODE,
            UNKNOWN_TASK,
            UNKNOWN_PARENT_PLAN,
            AMENDMENT_CHANGES_IDENTITY,
            PROGRAMME_MISMATCH,
            MIXED_ESTIMATE_PERIODS,
            UNKNOWN_SUPERSEDING_PLAN,
            ProblemType.INVALID_TRANSITION,
            PLAN_NOT_EDITABLE,
            ProblemType.PROVINCE_NOT_YOURS);

    private PlanProblems() {}
}
