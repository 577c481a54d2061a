package vn.cnnt.plans.plan.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.outbox.Outbox;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.kit.web.RenderedVersions;
import vn.cnnt.plans.PlanProblems;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanStatus;
import vn.cnnt.plans.plan.PlanVersion;
import vn.cnnt.plans.plan.api.PlanRequest;
import vn.cnnt.plans.plan.api.PlanResponse;
import vn.cnnt.plans.plan.api.PlanVersionResponse;
import vn.cnnt.plans.plan.api.TransitionRequests;
import vn.cnnt.plans.plan.repository.PlanRepository;

/**
 * Plans and their lifecycle. Every change loads the plan within the caller's province, checks If-Match, the role and
 * the current state, then writes the change, its history entry and (for legal milestones) its event in one
 * transaction.
 */
@ApplicationScoped
public class PlanService {

    public static final String AGGREGATE = "plan";
    /** The event types this service records, whole (docs/events.md). */
    public static final String APPROVED = "vn.cnnt.plans.plan.approved.v1";

    public static final String AMENDED = "vn.cnnt.plans.plan.amended.v1";
    public static final String COMPLETED = "vn.cnnt.plans.plan.completed.v1";
    public static final String CANCELLED = "vn.cnnt.plans.plan.cancelled.v1";
    public static final String SUPERSEDED = "vn.cnnt.plans.plan.superseded.v1";

    /** A lifecycle step: the status it leads to, who may take it and the type of the event it records (null: none). */
    private record Step(PlanStatus to, String action, String event, String... roles) {}

    private static final Step SUBMIT = new Step(PlanStatus.SUBMITTED, "SUBMITTED", null, Roles.OFFICER, Roles.APPROVER);
    private static final Step APPROVE = new Step(PlanStatus.APPROVED, "APPROVED", APPROVED, Roles.APPROVER);
    private static final Step COMPLETE = new Step(PlanStatus.COMPLETED, "COMPLETED", COMPLETED, Roles.APPROVER);
    private static final Step CANCEL = new Step(PlanStatus.CANCELLED, "CANCELLED", CANCELLED, Roles.APPROVER);
    private static final Step SUPERSEDE = new Step(PlanStatus.SUPERSEDED, "SUPERSEDED", SUPERSEDED, Roles.APPROVER);

    private final PlanRepository plans;
    private final PlanContent content;
    private final PlanMapper mapper;
    private final Caller caller;
    private final Outbox outbox;
    private final History history;
    private final RenderedVersions<UUID> rendered;

    PlanService(
            PlanRepository plans,
            PlanContent content,
            PlanMapper mapper,
            Caller caller,
            Outbox outbox,
            History history,
            ObjectMapper json,
            @ConfigProperty(name = "cnnt.plans.rendered-max-size", defaultValue = "8M") MemorySize renderedBytes) {
        this.plans = plans;
        this.content = content;
        this.mapper = mapper;
        this.caller = caller;
        this.outbox = outbox;
        this.history = history;
        this.rendered = new RenderedVersions<>(json, renderedBytes.asLongValue());
    }

    @Transactional
    public PlanResponse create(PlanRequest request) {
        caller.requireRole("Entering a plan", Roles.OFFICER, Roles.APPROVER);
        Plan plan = new Plan();
        plan.id = RandomIds.next();
        plan.status = PlanStatus.DRAFT;
        plan.createdAt = Instant.now();
        plan.createdBy = caller.id();
        content.apply(plan, request);
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
        content.apply(plan, request);
        return saved(plan, "UPDATED", before);
    }

    @Transactional
    public PlanResponse submit(UUID id, String ifMatch, TransitionRequests.Submission body) {
        return move(id, ifMatch, SUBMIT, null, body == null ? null : body.note());
    }

    @Transactional
    public PlanResponse approve(UUID id, String ifMatch, TransitionRequests.Approval body) {
        return move(
                id,
                ifMatch,
                APPROVE,
                body == null ? null : DocumentNumbers.optional("decisionNumber", body.decisionNumber()),
                body == null ? null : body.note());
    }

    @Transactional
    public PlanResponse complete(UUID id, String ifMatch, TransitionRequests.Completion body) {
        return move(id, ifMatch, COMPLETE, null, body == null ? null : body.note());
    }

    @Transactional
    public PlanResponse cancel(UUID id, String ifMatch, TransitionRequests.Cancellation body) {
        return move(
                id, ifMatch, CANCEL, DocumentNumbers.optional("decisionNumber", body.decisionNumber()), body.reason());
    }

    /**
     * An approved plan replaced by another document (thay thế): it keeps its content and its estimate is published
     * as superseded; the replacing plan, when entered here, must be another plan the caller can see.
     */
    @Transactional
    public PlanResponse supersede(UUID id, String ifMatch, TransitionRequests.Supersession body) {
        String document = DocumentNumbers.optional("supersedingDocumentNumber", body.supersedingDocumentNumber());
        Plan plan = load(id);
        Plan replacing = null;
        if (body.supersedingPlanId() != null) {
            replacing = plans.findById(body.supersedingPlanId());
            if (replacing == null || replacing.id.equals(plan.id) || !caller.canSee(replacing.currentProvinceCode)) {
                throw new ProblemException(
                        PlanProblems.UNKNOWN_SUPERSEDING_PLAN,
                        "Plan " + body.supersedingPlanId() + " is not a plan you can refer to",
                        List.of(new FieldError("supersedingPlanId", "is not another visible plan")));
            }
        }
        if (body.supersededOn().isBefore(plan.issuedOn)) {
            throw new ProblemException(
                    PlanProblems.INVALID_PERIOD,
                    "The plan cannot be replaced before it was issued (" + plan.issuedOn + ")",
                    List.of(new FieldError("supersededOn", "must not be before the plan's issue date")));
        }
        Plan replacingPlan = replacing;
        return move(id, ifMatch, SUPERSEDE, document, body.note(), p -> {
            p.supersededByPlan = replacingPlan;
            p.supersededByDocument = document;
            p.supersededOn = body.supersededOn();
        });
    }

    /** A new version of an approved plan; the replaced content stays readable as a version. */
    @Transactional
    public PlanResponse amend(UUID id, String ifMatch, TransitionRequests.Amendment amendment) {
        Plan plan = load(id);
        ETags.requireMatch(ifMatch, plan.version);
        caller.requireRole("Amending a plan", Roles.APPROVER);
        if (plan.status != PlanStatus.APPROVED) {
            throw ProblemType.INVALID_TRANSITION.exception(
                    "Only an APPROVED plan is amended; this one is " + plan.status);
        }
        String amending = DocumentNumbers.optional("amendingDocumentNumber", amendment.amendingDocumentNumber());
        PlanRequest next = amendment.content();
        if (!next.provinceCode().equals(plan.provinceCode)
                || !next.issuedOn().equals(plan.issuedOn)
                || !DocumentNumbers.require("content.documentNumber", next.documentNumber())
                        .toString()
                        .equals(plan.documentKey)) {
            throw PlanProblems.AMENDMENT_CHANGES_IDENTITY.exception(
                    "The amended content must keep document " + plan.documentNumber
                            + ", province " + plan.provinceCode + " and issue date " + plan.issuedOn
                            + "; the amending document is "
                            + "amendingDocumentNumber");
        }
        PlanResponse before = mapper.toResponse(plan);
        plans.persistVersion(replacedVersion(plan, before, amending, amendment));
        content.apply(plan, next);
        plan.amendmentCount++;
        plan.decisionNumber = amending;
        plan.statusNote = VietnameseText.nfc(amendment.rationale());
        PlanResponse after = saved(plan, "AMENDED", before);
        outbox.record(AGGREGATE, plan.id, plan.version, AMENDED, mapper.toEvent(plan));
        return after;
    }

    /** A plan as read for an answer: read only, with its tasks, and its funding lines in order. */
    public record Read(Plan plan, List<FundingLine> fundingLines) {}

    public PlanResponse get(UUID id) {
        Read read = read(id);
        return mapper.toResponse(read.plan(), read.fundingLines());
    }

    /**
     * A plan the caller may see, as the JSON of {@link #get}: its version and province are read first, and while the
     * version is unchanged the answer rendered for it is sent again without loading the plan (every change of a plan
     * raises its version).
     */
    public RenderedVersions.Rendered getJson(UUID id) {
        PlanRepository.Head head = plans.head(id).orElseThrow(() -> ProblemException.notFound("Plan", id));
        caller.requireVisible(head.currentProvinceCode(), "Plan", id);
        return rendered.answer(id, head.version(), () -> get(id), PlanResponse::version);
    }

    /**
     * A plan the caller may see, for reads only: the plan with its tasks in one query, then its funding lines in a
     * second, both read only (no dirty-check snapshot, nothing to flush) and outside any transaction. Another
     * province's plan does not exist for the caller; its lines are not read.
     */
    public Read read(UUID id) {
        Plan plan = plans.readWithTasks(id).orElseThrow(() -> ProblemException.notFound("Plan", id));
        caller.requireVisible(plan.currentProvinceCode, "Plan", id);
        return new Read(plan, plans.fundingLines(id));
    }

    /** Every version: those replaced by amendments (oldest first), then the current one. */
    public List<PlanVersionResponse> versions(UUID id) {
        Read read = read(id);
        Plan plan = read.plan();
        List<PlanVersionResponse> all = new ArrayList<>();
        List<PlanVersion> replaced = plans.versions(id);
        PlanVersion previous = null;
        for (PlanVersion v : replaced) {
            all.add(versionResponse(v.number, false, previous, v.recordedAt, v.recordedBy, v.content));
            previous = v;
        }
        all.add(versionResponse(
                replaced.size() + 1,
                true,
                previous,
                plan.updatedAt,
                plan.updatedBy,
                mapper.toResponse(plan, read.fundingLines())));
        return all;
    }

    public PlanVersionResponse version(UUID id, int number) {
        return versions(id).stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version", number + " of plan " + id));
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

    private PlanResponse move(UUID id, String ifMatch, Step step, String decisionNumber, String note) {
        return move(id, ifMatch, step, decisionNumber, note, p -> {});
    }

    private PlanResponse move(
            UUID id, String ifMatch, Step step, String decisionNumber, String note, Consumer<Plan> effect) {
        Plan plan = load(id);
        ETags.requireMatch(ifMatch, plan.version);
        caller.requireRole("Moving a plan to " + step.to(), step.roles());
        if (!plan.status.next().contains(step.to())) {
            throw ProblemType.INVALID_TRANSITION.exception("The plan is " + plan.status + "; from there it can go to "
                    + (plan.status.next().isEmpty()
                            ? "nothing (final state)"
                            : plan.status.next().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .collect(Collectors.joining(", "))));
        }
        PlanResponse before = mapper.toResponse(plan);
        plan.status = step.to();
        if (decisionNumber != null) {
            plan.decisionNumber = decisionNumber;
        }
        plan.statusNote = VietnameseText.nfc(note);
        effect.accept(plan);
        PlanResponse after = saved(plan, step.action(), before);
        if (step.event() != null) {
            outbox.record(AGGREGATE, plan.id, plan.version, step.event(), mapper.toEvent(plan));
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

    private PlanVersion replacedVersion(
            Plan plan, PlanResponse content, String amending, TransitionRequests.Amendment amendment) {
        PlanVersion replaced = new PlanVersion();
        replaced.planId = plan.id;
        replaced.number = plan.amendmentCount + 1;
        replaced.amendingDocument = amending;
        replaced.amendedOn = amendment.amendedOn();
        replaced.rationale = VietnameseText.nfc(amendment.rationale());
        replaced.content = content;
        replaced.recordedAt = Instant.now();
        replaced.recordedBy = caller.id();
        return replaced;
    }

    /** A version was produced by the amendment recorded on the version before it (the first by the original issue). */
    private static PlanVersionResponse versionResponse(
            int number, boolean current, PlanVersion producedBy, Instant at, String by, PlanResponse content) {
        return new PlanVersionResponse(
                number,
                current,
                producedBy == null ? null : producedBy.amendingDocument,
                producedBy == null ? null : producedBy.amendedOn,
                producedBy == null ? null : producedBy.rationale,
                at,
                by,
                content);
    }
}
