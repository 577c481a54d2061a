package vn.cnnt.plans.plan.service;

import vn.cnnt.kit.problem.ProblemType;

/** The kinds of error of plans-service, each with a stable type URI. */
public final class PlanProblems {

    public static final ProblemType MALFORMED_DOCUMENT_NUMBER = new ProblemType("malformed-document-number", 422,
            "Malformed document number");
    public static final ProblemType DUPLICATE_DOCUMENT_NUMBER = new ProblemType("duplicate-document-number", 409,
            "Document number already used");
    public static final ProblemType INVALID_PERIOD = new ProblemType("invalid-period", 422, "Invalid period");
    public static final ProblemType UNKNOWN_TASK = new ProblemType("unknown-task", 422, "Not a task of this plan");
    public static final ProblemType UNKNOWN_PARENT_PLAN = new ProblemType("unknown-parent-plan", 422, "Unknown parent plan");
    public static final ProblemType INVALID_TRANSITION = new ProblemType("invalid-transition", 409,
            "Transition not allowed from the current status");
    public static final ProblemType PLAN_NOT_EDITABLE = new ProblemType("plan-not-editable", 409,
            "Only drafts are edited; approved plans change by amendment");
    public static final ProblemType PROVINCE_NOT_YOURS = new ProblemType("province-not-yours", 403,
            "The record belongs to another province");

    private PlanProblems() {
    }
}
