package vn.cnnt.plans.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.outbox.Outbox;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.plans.plan.DocumentNumber;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanStatus;
import vn.cnnt.plans.plan.PlanTask;
import vn.cnnt.plans.plan.PlanVersion;
import vn.cnnt.plans.plan.Target;
import vn.cnnt.plans.plan.api.PlanRequest;
import vn.cnnt.plans.plan.api.PlanResponse;
import vn.cnnt.plans.plan.api.PlanVersionResponse;
import vn.cnnt.plans.plan.api.TransitionRequests;
import vn.cnnt.plans.plan.repository.PlanRepository;

/**
 * Plans and their lifecycle. Every change checks the caller's province and role, the If-Match version and the
 * current state, then writes the change, its history entry and (for legal milestones) its event in one
 * transaction.
 */
@ApplicationScoped
public class PlanService {

    public static final String AGGREGATE = "plan";
    private static final String EVENT_PREFIX = "vn.cnnt.plans.plan.";

    private final PlanRepository plans;
    private final PlanMapper mapper;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final Outbox outbox;
    private final History history;

    PlanService(PlanRepository plans, PlanMapper mapper, AdministrativeUnits units, Caller caller, Outbox outbox, History history) {
        this.plans = plans;
        this.mapper = mapper;
        this.units = units;
        this.caller = caller;
        this.outbox = outbox;
        this.history = history;
    }

    @Transactional
    public PlanResponse create(PlanRequest request) {
        caller.requireRole("Entering a plan", Roles.OFFICER, Roles.APPROVER);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.status = PlanStatus.DRAFT;
        plan.createdAt = Instant.now();
        plan.createdBy = caller.id();
        apply(plan, request);
        plans.persist(plan);
        plans.flush();
        PlanResponse created = mapper.toResponse(plan);
        history.record(AGGREGATE, plan.id, plan.version, "CREATED", caller.id(), null, created);
        return created;
    }

    @Transactional
    public PlanResponse update(UUID id, String ifMatch, PlanRequest request) {
        Plan plan = load(id);
        ETags.requireMatch(ifMatch, plan.version);
        caller.requireRole("Editing a plan", Roles.OFFICER, Roles.APPROVER);
        if (plan.status != PlanStatus.DRAFT) {
            throw PlanProblems.PLAN_NOT_EDITABLE.exception("The plan is " + plan.status
                    + "; only drafts are edited, an approved plan changes through an amendment");
        }
        PlanResponse before = mapper.toResponse(plan);
        apply(plan, request);
        return saved(plan, "UPDATED", before);
    }

    @Transactional
    public PlanResponse submit(UUID id, String ifMatch, TransitionRequests.Submission body) {
        return transition(id, ifMatch, PlanStatus.SUBMITTED, "SUBMITTED", null, Roles.OFFICER, Roles.APPROVER);
    }

    @Transactional
    public PlanResponse approve(UUID id, String ifMatch, TransitionRequests.Approval body) {
        return transition(id, ifMatch, PlanStatus.APPROVED, "APPROVED", "approved", Roles.APPROVER);
    }

    @Transactional
    public PlanResponse complete(UUID id, String ifMatch, TransitionRequests.Completion body) {
        return transition(id, ifMatch, PlanStatus.COMPLETED, "COMPLETED", "completed", Roles.APPROVER);
    }

    @Transactional
    public PlanResponse cancel(UUID id, String ifMatch, TransitionRequests.Cancellation body) {
        return transition(id, ifMatch, PlanStatus.CANCELLED, "CANCELLED", "cancelled", Roles.APPROVER);
    }

    /** A new version of an approved plan; the replaced content stays readable as a version. */
    @Transactional
    public PlanResponse amend(UUID id, String ifMatch, TransitionRequests.Amendment amendment) {
        Plan plan = load(id);
        ETags.requireMatch(ifMatch, plan.version);
        caller.requireRole("Amending a plan", Roles.APPROVER);
        if (plan.status != PlanStatus.APPROVED) {
            throw PlanProblems.INVALID_TRANSITION.exception("Only an APPROVED plan is amended; this one is " + plan.status);
        }
        DocumentNumber amending = DocumentNumber.parse(amendment.amendingDocumentNumber()).orElseThrow(() ->
                malformedNumber("amendingDocumentNumber", amendment.amendingDocumentNumber()));
        PlanRequest content = amendment.content();
        if (!content.provinceCode().equals(plan.provinceCode) || !content.issuedOn().equals(plan.issuedOn)
                || !VietnameseText.nfc(content.documentNumber()).equals(plan.documentNumber)) {
            throw ProblemException.invalidField("content",
                    "an amendment keeps the plan's document number, province and issue date; the amending document is amendingDocumentNumber");
        }
        PlanResponse before = mapper.toResponse(plan);
        PlanVersion replaced = new PlanVersion();
        replaced.planId = plan.id;
        replaced.number = plan.amendmentCount + 1;
        replaced.amendingDocument = amending.toString();
        replaced.amendedOn = amendment.amendedOn();
        replaced.rationale = VietnameseText.nfc(amendment.rationale());
        replaced.content = before;
        replaced.recordedAt = Instant.now();
        replaced.recordedBy = caller.id();
        plans.persistVersion(replaced);
        apply(plan, content);
        plan.amendmentCount++;
        PlanResponse after = saved(plan, "AMENDED", before);
        outbox.record(AGGREGATE, plan.id, plan.version, EVENT_PREFIX + "amended.v1", mapper.toEvent(plan));
        return after;
    }

    public PlanResponse get(UUID id) {
        return mapper.toResponse(load(id));
    }

    /** Every version: those replaced by amendments (oldest first), then the current one. */
    public List<PlanVersionResponse> versions(UUID id) {
        Plan plan = load(id);
        List<PlanVersionResponse> all = new ArrayList<>();
        List<PlanVersion> replaced = plans.versions(id);
        for (int i = 0; i < replaced.size(); i++) {
            PlanVersion v = replaced.get(i);
            PlanVersion previous = i == 0 ? null : replaced.get(i - 1);
            all.add(new PlanVersionResponse(v.number, false, previous == null ? null : previous.amendingDocument,
                    previous == null ? null : previous.amendedOn, previous == null ? null : previous.rationale,
                    v.recordedAt, v.recordedBy, v.content));
        }
        PlanVersion last = replaced.isEmpty() ? null : replaced.getLast();
        all.add(new PlanVersionResponse(replaced.size() + 1, true, last == null ? null : last.amendingDocument,
                last == null ? null : last.amendedOn, last == null ? null : last.rationale, plan.updatedAt, plan.updatedBy,
                mapper.toResponse(plan)));
        return all;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        load(id);
        return history.of(AGGREGATE, id, page);
    }

    /** Loads a plan the caller may see; another province's plan does not exist for them. */
    public Plan load(UUID id) {
        Plan plan = plans.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("Plan", id);
        }
        caller.requireVisible(plan.currentProvinceCode, "Plan", id);
        return plan;
    }

    private PlanResponse transition(UUID id, String ifMatch, PlanStatus to, String action, String event, String... roles) {
        Plan plan = load(id);
        ETags.requireMatch(ifMatch, plan.version);
        caller.requireRole("Moving a plan to " + to, roles);
        if (!plan.status.next().contains(to)) {
            throw PlanProblems.INVALID_TRANSITION.exception("The plan is " + plan.status + "; from there it can go to "
                    + (plan.status.next().isEmpty() ? "nothing (final state)" : plan.status.next().stream().map(Enum::name)
                    .sorted().collect(Collectors.joining(", "))));
        }
        PlanResponse before = mapper.toResponse(plan);
        plan.status = to;
        PlanResponse after = saved(plan, action, before);
        if (event != null) {
            outbox.record(AGGREGATE, plan.id, plan.version, EVENT_PREFIX + event + ".v1", mapper.toEvent(plan));
        }
        return after;
    }

    private PlanResponse saved(Plan plan, String action, PlanResponse before) {
        plan.updatedAt = Instant.now();
        plan.updatedBy = caller.id();
        plans.flush();
        PlanResponse after = mapper.toResponse(plan);
        history.record(AGGREGATE, plan.id, plan.version, action, caller.id(), before, after);
        return after;
    }

    /** Validates the request as a whole (nothing is written when any part is wrong) and applies it. */
    private void apply(Plan plan, PlanRequest r) {
        DocumentNumber number = DocumentNumber.parse(r.documentNumber())
                .orElseThrow(() -> malformedNumber("documentNumber", r.documentNumber()));
        if (r.periodTo() < r.periodFrom()) {
            throw new ProblemException(PlanProblems.INVALID_PERIOD, "The period ends (" + r.periodTo() + ") before it starts ("
                    + r.periodFrom() + ")", List.of(new FieldError("periodTo", "must not be before periodFrom")));
        }
        if (r.effectiveOn() != null && r.effectiveOn().isBefore(r.issuedOn())) {
            throw new ProblemException(PlanProblems.INVALID_PERIOD, "The plan takes effect before it is issued",
                    List.of(new FieldError("effectiveOn", "must not be before issuedOn")));
        }
        ProvinceUnit unit = units.require("provinceCode", r.provinceCode(), r.issuedOn());
        if (!caller.isNational() && !caller.province().map(unit.currentCode()::equals).orElse(false)) {
            throw PlanProblems.PROVINCE_NOT_YOURS.exception("Province " + r.provinceCode() + " (" + unit.name()
                    + ") is not held by your province " + caller.province().orElse("(none)"));
        }
        int documentYear = number.year() != null ? number.year() : r.issuedOn().getYear();
        if (plans.documentNumberTaken(r.provinceCode(), number.issuer(), documentYear, number.type(), number.number(), plan.id)) {
            throw PlanProblems.DUPLICATE_DOCUMENT_NUMBER.exception("Document " + number + " of " + documentYear
                    + " is already entered for province " + r.provinceCode());
        }
        Plan parent = parentOf(plan, r);
        Map<String, PlanRequest.TaskRequest> tasksByCode = tasksByCode(r);
        checkLines(r, tasksByCode);

        plan.kind = r.kind();
        plan.title = VietnameseText.nfc(r.title());
        plan.provinceCode = r.provinceCode();
        plan.currentProvinceCode = unit.currentCode();
        plan.documentNumber = number.toString();
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
        plan.legalBases = r.legalBasesOrEmpty().stream().map(VietnameseText::nfc).collect(Collectors.toCollection(ArrayList::new));
        plan.parent = parent;
        plan.purposes = VietnameseText.nfc(r.purposes());
        plan.searchText = VietnameseText.fold(String.join(" ", plan.title, plan.documentNumber, plan.issuingAuthority,
                plan.signer == null ? "" : plan.signer, unit.name(),
                units.findCurrent(unit.currentCode()).map(ProvinceUnit::name).orElse("")));
        plan.updatedAt = Instant.now();
        plan.updatedBy = caller.id();
        replaceContent(plan, r);
    }

    /** Lines go first (they reference tasks), then tasks are matched by code, then the new lines are added. */
    private void replaceContent(Plan plan, PlanRequest r) {
        if (!plan.fundingLines.isEmpty()) {
            plan.fundingLines.clear();
            plans.flush();
        }
        Map<String, PlanTask> existing = plan.tasks.stream().collect(Collectors.toMap(t -> t.code, t -> t));
        Set<String> kept = new HashSet<>();
        List<PlanTask> ordered = new ArrayList<>();
        int position = 0;
        for (PlanRequest.TaskRequest t : r.tasksOrEmpty()) {
            String code = VietnameseText.nfc(t.code());
            PlanTask task = existing.get(code);
            if (task == null) {
                task = new PlanTask();
                task.id = UUID.randomUUID();
                task.plan = plan;
                task.code = code;
            }
            kept.add(code);
            task.position = position++;
            task.title = VietnameseText.nfc(t.title());
            task.description = VietnameseText.nfc(t.description());
            task.category = t.category();
            task.leadAgency = VietnameseText.nfc(t.leadAgency());
            task.coordinatingAgencies = t.coordinatingAgencies() == null ? new ArrayList<>()
                    : t.coordinatingAgencies().stream().map(VietnameseText::nfc).collect(Collectors.toCollection(ArrayList::new));
            task.targets = t.targets() == null ? new ArrayList<>() : t.targets().stream()
                    .map(g -> new Target(VietnameseText.nfc(g.indicator()), VietnameseText.nfc(g.unit()), g.targetValue(), g.year()))
                    .collect(Collectors.toCollection(ArrayList::new));
            ordered.add(task);
        }
        plan.tasks.removeIf(t -> !kept.contains(t.code));
        for (PlanTask task : ordered) {
            if (!plan.tasks.contains(task)) {
                plan.tasks.add(task);
            }
        }
        plan.tasks.sort(java.util.Comparator.comparingInt(t -> t.position));
        Map<String, PlanTask> byCode = plan.tasks.stream().collect(Collectors.toMap(t -> t.code, t -> t));
        position = 0;
        for (PlanRequest.FundingLineRequest l : r.fundingLinesOrEmpty()) {
            FundingLine line = new FundingLine();
            line.id = UUID.randomUUID();
            line.plan = plan;
            line.position = position++;
            line.year = l.year();
            line.source = l.source();
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
            throw new ProblemException(PlanProblems.UNKNOWN_PARENT_PLAN, "Plan " + r.parentPlanId() + " is not a plan you can refer to",
                    List.of(new FieldError("parentPlanId", "is not a visible plan")));
        }
        return parent;
    }

    private static Map<String, PlanRequest.TaskRequest> tasksByCode(PlanRequest r) {
        Map<String, PlanRequest.TaskRequest> byCode = new HashMap<>();
        List<PlanRequest.TaskRequest> tasks = r.tasksOrEmpty();
        for (int i = 0; i < tasks.size(); i++) {
            if (byCode.put(VietnameseText.nfc(tasks.get(i).code()), tasks.get(i)) != null) {
                throw ProblemException.invalidField("tasks[" + i + "].code", "is used by another task of this plan");
            }
        }
        return byCode;
    }

    private static void checkLines(PlanRequest r, Map<String, PlanRequest.TaskRequest> tasksByCode) {
        List<PlanRequest.FundingLineRequest> lines = r.fundingLinesOrEmpty();
        for (int i = 0; i < lines.size(); i++) {
            PlanRequest.FundingLineRequest line = lines.get(i);
            if (line.year() < r.periodFrom() || line.year() > r.periodTo()) {
                throw new ProblemException(PlanProblems.INVALID_PERIOD, "Funding line " + i + " is for " + line.year()
                        + ", outside the period " + r.periodFrom() + "–" + r.periodTo(),
                        List.of(new FieldError("fundingLines[" + i + "].year", "must be within the plan's period")));
            }
            if (line.taskCode() != null && !tasksByCode.containsKey(VietnameseText.nfc(line.taskCode()))) {
                throw new ProblemException(PlanProblems.UNKNOWN_TASK, "Task " + line.taskCode() + " is not a task of this plan",
                        List.of(new FieldError("fundingLines[" + i + "].taskCode", "is not the code of a task of this plan")));
            }
        }
    }

    private static ProblemException malformedNumber(String field, String value) {
        return new ProblemException(PlanProblems.MALFORMED_DOCUMENT_NUMBER, "'" + value
                + "' is not a document number like 317/KH-UBND or 45/2012/NĐ-CP",
                List.of(new FieldError(field, "must look like 317/KH-UBND or 45/2012/NĐ-CP")));
    }
}
