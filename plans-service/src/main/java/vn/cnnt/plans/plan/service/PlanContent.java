package vn.cnnt.plans.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.plans.PlanProblems;
import vn.cnnt.plans.plan.DocumentNumber;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.FundingSource;
import vn.cnnt.plans.plan.LegalBasis;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanTask;
import vn.cnnt.plans.plan.Target;
import vn.cnnt.plans.plan.api.PlanRequest;
import vn.cnnt.plans.plan.repository.PlanRepository;

/**
 * Validates a plan's content as a whole and only then applies it, so that nothing is written when any part is
 * wrong. Text is stored in NFC; tasks keep their ids across edits (matched by code) so that funding-service's
 * references to them survive an amendment.
 */
@ApplicationScoped
class PlanContent {

    private final PlanRepository plans;
    private final AdministrativeUnits units;
    private final Caller caller;

    PlanContent(PlanRepository plans, AdministrativeUnits units, Caller caller) {
        this.plans = plans;
        this.units = units;
        this.caller = caller;
    }

    void apply(Plan plan, PlanRequest r) {
        DocumentNumber number = DocumentNumbers.require("documentNumber", r.documentNumber());
        if (r.periodTo() < r.periodFrom()) {
            throw new ProblemException(
                    PlanProblems.INVALID_PERIOD,
                    "The period ends (" + r.periodTo() + ") before it starts (" + r.periodFrom() + ")",
                    List.of(new FieldError("periodTo", "must not be before periodFrom")));
        }
        if (r.effectiveOn() != null && r.effectiveOn().isBefore(r.issuedOn())) {
            throw new ProblemException(
                    PlanProblems.INVALID_PERIOD,
                    "The plan takes effect before it is issued",
                    List.of(new FieldError("effectiveOn", "must not be before issuedOn")));
        }
        ProvinceUnit unit = units.require("provinceCode", r.provinceCode(), r.issuedOn());
        caller.requireWritable(unit.currentCode(), r.provinceCode());
        int documentYear = number.year() != null ? number.year() : r.issuedOn().getYear();
        if (plans.documentNumberTaken(
                r.provinceCode(), number.issuer(), documentYear, number.type(), number.number(), plan.id)) {
            throw PlanProblems.DUPLICATE_DOCUMENT_NUMBER.exception("Document " + number + " of " + documentYear
                    + " is already entered for province " + r.provinceCode());
        }
        Plan parent = parentOf(plan, r);
        checkLines(r, tasksByCode(r));

        plan.kind = r.kind();
        plan.title = VietnameseText.nfc(r.title());
        plan.provinceCode = r.provinceCode();
        plan.currentProvinceCode = unit.currentCode();
        plan.documentNumber = DocumentNumbers.written(r.documentNumber());
        plan.documentKey = number.toString();
        plan.documentSeq = number.number();
        plan.documentYear = documentYear;
        plan.documentType = number.type();
        plan.documentIssuer = number.issuer();
        plan.issuingAuthority = VietnameseText.nfc(r.issuingAuthority());
        plan.signer = VietnameseText.nfc(r.signer());
        plan.issuedOn = r.issuedOn();
        plan.effectiveOn = r.effectiveOn();
        plan.periodFrom = r.periodFrom();
        plan.periodTo = r.periodTo();
        plan.legalBases = bases(r.legalBases());
        plan.implementingUnit = VietnameseText.nfc(r.implementingUnit());
        plan.parent = parent;
        plan.purposes = VietnameseText.nfc(r.purposes());
        plan.searchText = VietnameseText.fold(String.join(
                " ",
                plan.title,
                plan.documentNumber,
                plan.documentKey,
                plan.issuingAuthority,
                plan.signer == null ? "" : plan.signer,
                unit.name(),
                units.findCurrent(unit.currentCode()).map(ProvinceUnit::name).orElse("")));
        plan.updatedAt = Instant.now();
        plan.updatedBy = caller.id();
        replaceTasksAndLines(plan, r);
    }

    /** Lines go first (they reference tasks), then tasks are matched by code, then the new lines are added. */
    private void replaceTasksAndLines(Plan plan, PlanRequest r) {
        if (!plan.fundingLines.isEmpty()) {
            plan.fundingLines.clear();
            plans.flush();
        }
        Map<String, PlanTask> existing = plan.tasks.stream().collect(Collectors.toMap(t -> t.code, t -> t));
        Set<String> kept = new HashSet<>();
        int position = 0;
        for (PlanRequest.TaskRequest t : r.tasksOrEmpty()) {
            String code = VietnameseText.nfc(t.code());
            PlanTask task = existing.get(code);
            if (task == null) {
                task = new PlanTask();
                task.id = RandomIds.next();
                task.plan = plan;
                task.code = code;
                plan.tasks.add(task);
            }
            kept.add(code);
            task.position = position++;
            task.title = VietnameseText.nfc(t.title());
            task.description = VietnameseText.nfc(t.description());
            task.category = t.category();
            task.leadAgency = VietnameseText.nfc(t.leadAgency());
            task.implementingUnit = VietnameseText.nfc(t.implementingUnit());
            task.coordinatingAgencies = nfc(t.coordinatingAgencies());
            task.legalBases = bases(t.legalBases());
            task.targets = t.targets() == null
                    ? new ArrayList<>()
                    : t.targets().stream()
                            .map(g -> new Target(
                                    VietnameseText.nfc(g.indicator()),
                                    VietnameseText.nfc(g.unit()),
                                    g.targetValue(),
                                    g.year(),
                                    g.ocop() == null
                                            ? null
                                            : new Target.OcopMeasure(
                                                    g.ocop().minStars(),
                                                    g.ocop().count())))
                            .collect(Collectors.toCollection(ArrayList::new));
        }
        plan.tasks.removeIf(t -> !kept.contains(t.code));
        plan.tasks.sort(Comparator.comparingInt(t -> t.position));
        Map<String, PlanTask> byCode = plan.tasks.stream().collect(Collectors.toMap(t -> t.code, t -> t));
        position = 0;
        for (PlanRequest.FundingLineRequest l : r.fundingLinesOrEmpty()) {
            FundingLine line = new FundingLine();
            line.id = RandomIds.next();
            line.plan = plan;
            line.position = position++;
            line.year = l.year();
            line.source = l.source();
            line.programme = l.programme();
            line.programmeName = VietnameseText.nfc(l.programmeName());
            line.task = l.taskCode() == null ? null : byCode.get(VietnameseText.nfc(l.taskCode()));
            line.amountVnd = l.amountVnd();
            plan.fundingLines.add(line);
        }
    }

    private Plan parentOf(Plan plan, PlanRequest r) {
        if (r.parentPlanId() == null) {
            return null;
        }
        Plan parent = plans.findById(r.parentPlanId());
        if (parent == null || parent.id.equals(plan.id) || !caller.canSee(parent.currentProvinceCode)) {
            throw new ProblemException(
                    PlanProblems.UNKNOWN_PARENT_PLAN,
                    "Plan " + r.parentPlanId() + " is not a plan you can refer to",
                    List.of(new FieldError("parentPlanId", "is not a visible plan")));
        }
        return parent;
    }

    private static Map<String, PlanRequest.TaskRequest> tasksByCode(PlanRequest r) {
        Map<String, PlanRequest.TaskRequest> byCode = new HashMap<>();
        List<PlanRequest.TaskRequest> tasks = r.tasksOrEmpty();
        for (int i = 0; i < tasks.size(); i++) {
            if (byCode.put(VietnameseText.nfc(tasks.get(i).code()), tasks.get(i)) != null) {
                throw new ProblemException(
                        PlanProblems.DUPLICATE_TASK_CODE,
                        "Task code " + tasks.get(i).code() + " is used twice in this plan",
                        List.of(new FieldError("tasks[" + i + "].code", "is used by another task of this plan")));
            }
        }
        return byCode;
    }

    private static void checkLines(PlanRequest r, Map<String, PlanRequest.TaskRequest> tasksByCode) {
        List<PlanRequest.FundingLineRequest> lines = r.fundingLinesOrEmpty();
        checkEstimatePeriods(lines);
        for (int i = 0; i < lines.size(); i++) {
            PlanRequest.FundingLineRequest line = lines.get(i);
            if (line.year() != null && (line.year() < r.periodFrom() || line.year() > r.periodTo())) {
                throw new ProblemException(
                        PlanProblems.FUNDING_YEAR_OUTSIDE_PERIOD,
                        "Funding line " + i + " is for " + line.year() + ", outside the period " + r.periodFrom() + "–"
                                + r.periodTo(),
                        List.of(new FieldError("fundingLines[" + i + "].year", "must be within the plan's period")));
            }
            boolean other = line.source() == FundingSource.OTHER;
            if (other && line.programme() == null) {
                throw new ProblemException(
                        PlanProblems.PROGRAMME_MISMATCH,
                        "Funding line " + i + " is OTHER money: name the programme it comes from (lồng ghép)",
                        List.of(new FieldError("fundingLines[" + i + "].programme", "is required for OTHER money")));
            }
            if (!other && (line.programme() != null || line.programmeName() != null)) {
                throw new ProblemException(
                        PlanProblems.PROGRAMME_MISMATCH,
                        "Funding line " + i + " is " + line.source() + " money, which comes from no other programme",
                        List.of(new FieldError("fundingLines[" + i + "].programme", "is only for OTHER money")));
            }
            if (line.taskCode() != null && !tasksByCode.containsKey(VietnameseText.nfc(line.taskCode()))) {
                throw new ProblemException(
                        PlanProblems.UNKNOWN_TASK,
                        "Task " + line.taskCode() + " is not a task of this plan",
                        List.of(new FieldError(
                                "fundingLines[" + i + "].taskCode", "is not the code of a task of this plan")));
            }
        }
    }

    /** Per source, lines are either all yearly or all for the whole period: otherwise the estimate counts twice. */
    private static void checkEstimatePeriods(List<PlanRequest.FundingLineRequest> lines) {
        Map<FundingSource, Boolean> yearly = new EnumMap<>(FundingSource.class);
        for (int i = 0; i < lines.size(); i++) {
            PlanRequest.FundingLineRequest line = lines.get(i);
            Boolean before = yearly.putIfAbsent(line.source(), line.year() != null);
            if (before != null && before != (line.year() != null)) {
                throw new ProblemException(
                        PlanProblems.MIXED_ESTIMATE_PERIODS,
                        "The " + line.source() + " estimate has lines per year and lines for the whole period",
                        List.of(new FieldError(
                                "fundingLines[" + i + "].year",
                                before
                                        ? "must be a year like the other " + line.source() + " lines"
                                        : "must be empty like the other " + line.source() + " lines")));
            }
        }
    }

    private static List<LegalBasis> bases(List<PlanRequest.LegalBasisRequest> bases) {
        return bases == null
                ? new ArrayList<>()
                : bases.stream()
                        .map(b -> new LegalBasis(
                                DocumentNumbers.written(b.documentNumber()),
                                b.issuedOn(),
                                VietnameseText.nfc(b.title())))
                        .collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<String> nfc(List<String> texts) {
        return texts == null
                ? new ArrayList<>()
                : texts.stream().map(VietnameseText::nfc).collect(Collectors.toCollection(ArrayList::new));
    }
}
