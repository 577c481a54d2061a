package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.cnnt.funding.FundingProblems;
import vn.cnnt.funding.beneficiary.service.BeneficiaryService;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.Allocation;
import vn.cnnt.funding.ledger.Disbursement;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.Project;
import vn.cnnt.funding.ledger.ProjectStatus;
import vn.cnnt.funding.ledger.api.LedgerRequests;
import vn.cnnt.funding.ledger.api.LedgerResponses;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.funding.projection.service.ProjectionService;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.idempotency.IdempotencyKey;
import vn.cnnt.kit.idempotency.IdempotencyKeys;
import vn.cnnt.kit.idempotency.Idempotent;
import vn.cnnt.kit.outbox.Outbox;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.time.VietnamTime;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.kit.web.QueryParams;

/**
 * Khuyến công projects (đề án khuyến công) from registration to settlement. Every step checks who decides and the
 * order of the lifecycle, records its document (number, date, who decided), the history and its event in one
 * transaction. Steps that move money lock the project, then its allocation, then (approval) the beneficiary, always in
 * that order, so concurrent steps serialise and cannot deadlock.
 */
@ApplicationScoped
public class ProjectService {

    public static final String AGGREGATE = "project";
    /** The event types this service records, whole (docs/events.md). */
    public static final String REGISTERED = "vn.cnnt.funding.project.registered.v1";

    public static final String APPRAISED = "vn.cnnt.funding.project.appraised.v1";
    public static final String REJECTED = "vn.cnnt.funding.project.rejected.v1";
    public static final String WITHDRAWN = "vn.cnnt.funding.project.withdrawn.v1";
    public static final String APPROVED = "vn.cnnt.funding.project.approved.v1";
    public static final String CONTRACTED = "vn.cnnt.funding.project.contracted.v1";
    public static final String DISBURSED = "vn.cnnt.funding.project.disbursed.v1";
    public static final String ACCEPTED = "vn.cnnt.funding.project.accepted.v1";
    public static final String SETTLED = "vn.cnnt.funding.project.settled.v1";
    public static final String CANCELLED = "vn.cnnt.funding.project.cancelled.v1";
    /** TT 36/2013/TT-BCT Art. 10 (as amended by TT 17/2018): national registrations reach the ministry before 20 June. */
    static final MonthDay NATIONAL_REGISTRATION_DEADLINE = MonthDay.of(6, 20);

    private final LedgerRepository ledger;
    private final AllocationService allocations;
    private final BeneficiaryService beneficiaries;
    private final SupportCeilings ceilings;
    private final ProjectionService projections;
    private final Journal journal;
    private final LedgerMapper mapper;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final Outbox outbox;
    private final History history;
    private final IdempotencyKeys keys;

    ProjectService(
            LedgerRepository ledger,
            AllocationService allocations,
            BeneficiaryService beneficiaries,
            SupportCeilings ceilings,
            ProjectionService projections,
            Journal journal,
            LedgerMapper mapper,
            AdministrativeUnits units,
            Caller caller,
            Outbox outbox,
            History history,
            IdempotencyKeys keys) {
        this.ledger = ledger;
        this.allocations = allocations;
        this.beneficiaries = beneficiaries;
        this.ceilings = ceilings;
        this.projections = projections;
        this.journal = journal;
        this.mapper = mapper;
        this.units = units;
        this.caller = caller;
        this.outbox = outbox;
        this.history = history;
        this.keys = keys;
    }

    /**
     * The fiscal year a registration counts for: the year asked, but a national registration reaches the ministry before
     * 20 June of the year before; one sent on or after 20 June counts for the year after the next.
     */
    public static int fiscalYearOf(FundingSource source, int asked, LocalDate registeredOn) {
        if (asked < registeredOn.getYear()) {
            throw new ProblemException(
                    FundingProblems.REGISTRATION_YEAR_PAST,
                    "A registration of " + registeredOn + " cannot be for " + asked,
                    List.of(new FieldError("fiscalYear", "must not be before the year of registeredOn")));
        }
        if (source != FundingSource.NATIONAL) {
            return asked;
        }
        int year = registeredOn.getYear();
        int earliest = MonthDay.from(registeredOn).isBefore(NATIONAL_REGISTRATION_DEADLINE) ? year + 1 : year + 2;
        return Math.max(asked, earliest);
    }

    @Transactional
    @Idempotent("register-project")
    public LedgerResponses.ProjectResponse register(@IdempotencyKey String key, LedgerRequests.Register r) {
        caller.requireRole("Registering a project", Roles.OFFICER, Roles.APPROVER);
        requireProvinceCaller("Projects are registered with the DOIT (Sở Công Thương) of their province");
        if (r.registeredOn().isAfter(VietnamTime.today())) {
            throw ProblemException.invalidField("registeredOn", "must not be in the future");
        }
        ProvinceUnit unit = units.require("provinceCode", r.provinceCode(), r.registeredOn());
        caller.requireWritable(unit.currentCode(), r.provinceCode());
        if (!beneficiaries.visible(r.beneficiaryId())) {
            throw new ProblemException(
                    FundingProblems.UNKNOWN_REFERENCE,
                    "Beneficiary " + r.beneficiaryId() + " does not exist",
                    List.of(new FieldError("beneficiaryId", "is not a beneficiary you can use")));
        }
        if (r.activityType() == ActivityType.CLUSTER_INFRASTRUCTURE && r.clusterId() == null) {
            throw ProblemException.invalidField("clusterId", "is required for cluster infrastructure support");
        }
        if (r.startsOn() != null && r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
        long lines = Math.addExact(Math.addExact(r.supportVnd(), r.counterpartVnd()), r.otherVnd());
        if (lines != r.totalCostVnd()) {
            throw new ProblemException(
                    FundingProblems.BUDGET_LINES_MISMATCH,
                    String.format(
                            "Support %,d + counterpart %,d + other %,d = %,d đồng, not the total cost %,d",
                            r.supportVnd(), r.counterpartVnd(), r.otherVnd(), lines, r.totalCostVnd()),
                    List.of(new FieldError("totalCostVnd", "must equal supportVnd + counterpartVnd + otherVnd")));
        }
        FundingSource source = FundingSource.valueOf(r.source().name());
        Project p = new Project();
        p.id = RandomIds.next();
        p.provinceCode = r.provinceCode();
        p.currentProvinceCode = unit.currentCode();
        p.planId = r.planId();
        p.planTaskId = r.planTaskId();
        p.source = source;
        p.requestedYear = r.fiscalYear();
        p.fiscalYear = fiscalYearOf(source, r.fiscalYear(), r.registeredOn());
        p.registeredOn = r.registeredOn();
        p.implementingUnit = VietnameseText.nfc(r.implementingUnit());
        p.beneficiaryId = r.beneficiaryId();
        p.activityType = r.activityType();
        p.productId = r.productId();
        p.clusterId = r.clusterId();
        p.title = VietnameseText.nfc(r.title());
        p.content = VietnameseText.nfc(r.content());
        p.place = r.place() == null ? null : VietnameseText.nfc(r.place());
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.expectedOutputs = r.expectedOutputs() == null ? null : VietnameseText.nfc(r.expectedOutputs());
        p.supportVnd = r.supportVnd();
        p.counterpartVnd = r.counterpartVnd();
        p.otherVnd = r.otherVnd();
        p.totalCostVnd = r.totalCostVnd();
        p.status = ProjectStatus.REGISTERED;
        p.searchText = VietnameseText.fold(p.title + " " + p.implementingUnit);
        p.createdAt = Instant.now();
        p.createdBy = caller.id();
        ceilings.checkLines(p, r.registeredOn());
        ledger.add(p);
        return stepped(p, null, "REGISTERED", REGISTERED, 0, null, r.documentNumber(), r.registeredOn(), null);
    }

    /** Thẩm định cấp cơ sở: by the DOIT (officers and approvers of the province), for national and local projects. */
    @Transactional
    public LedgerResponses.ProjectResponse appraise(UUID id, String ifMatch, LedgerRequests.Step s) {
        Project p = lock(id, ifMatch);
        requireStatus(p, "appraised", ProjectStatus.REGISTERED);
        requireProvince(p, "Appraising a project (thẩm định)");
        LedgerResponses.ProjectResponse before = mapper.view(p);
        p.status = ProjectStatus.APPRAISED;
        return stepped(p, before, "APPRAISED", APPRAISED, 0, null, s.documentNumber(), s.documentDate(), s.note());
    }

    /** The central appraisal of a national project by the ministry's agency. */
    @Transactional
    public LedgerResponses.ProjectResponse appraiseCentrally(UUID id, String ifMatch, LedgerRequests.Step s) {
        Project p = lock(id, ifMatch);
        if (p.source != FundingSource.NATIONAL) {
            throw ProblemType.INVALID_TRANSITION.exception("Only a national project is appraised centrally");
        }
        requireStatus(p, "appraised centrally", ProjectStatus.APPRAISED);
        if (p.centrallyAppraised) {
            throw ProblemType.INVALID_TRANSITION.exception("The project was already appraised centrally");
        }
        requireMinistry(p);
        LedgerResponses.ProjectResponse before = mapper.view(p);
        p.centrallyAppraised = true;
        return stepped(
                p, before, "CENTRALLY_APPRAISED", APPRAISED, 0, null, s.documentNumber(), s.documentDate(), s.note());
    }

    @Transactional
    public LedgerResponses.ProjectResponse reject(UUID id, String ifMatch, LedgerRequests.Step s) {
        Project p = lock(id, ifMatch);
        requireStatus(p, "rejected", ProjectStatus.REGISTERED, ProjectStatus.APPRAISED);
        if (p.source == FundingSource.NATIONAL && caller.hasRole(Roles.MINISTRY)) {
            requireMinistry(p);
        } else {
            requireProvince(p, "Rejecting a project");
        }
        LedgerResponses.ProjectResponse before = mapper.view(p);
        p.status = ProjectStatus.REJECTED;
        return stepped(p, before, "REJECTED", REJECTED, 0, null, s.documentNumber(), s.documentDate(), s.note());
    }

    @Transactional
    public LedgerResponses.ProjectResponse withdraw(UUID id, String ifMatch, LedgerRequests.Step s) {
        Project p = lock(id, ifMatch);
        requireStatus(p, "withdrawn", ProjectStatus.REGISTERED, ProjectStatus.APPRAISED);
        requireProvince(p, "Withdrawing a project");
        LedgerResponses.ProjectResponse before = mapper.view(p);
        p.status = ProjectStatus.WITHDRAWN;
        return stepped(p, before, "WITHDRAWN", WITHDRAWN, 0, null, s.documentNumber(), s.documentDate(), s.note());
    }

    /**
     * Giao kế hoạch: commits the support on an allocation of the project's province, year and source; NATIONAL by the
     * ministry after the central appraisal, LOCAL by the province's approver.
     */
    @Transactional
    @Idempotent("approve-project")
    public LedgerResponses.ProjectResponse approve(
            UUID id, String ifMatch, @IdempotencyKey String key, LedgerRequests.Approve r) {
        Project p = lock(id, ifMatch);
        requireStatus(p, "approved", ProjectStatus.APPRAISED);
        if (p.source == FundingSource.NATIONAL) {
            if (!caller.hasRole(Roles.MINISTRY)) {
                throw FundingProblems.NATIONAL_APPROVAL_RESERVED.exception(
                        "A national project (đề án khuyến công quốc gia) is approved only by the ministry");
            }
            if (!p.centrallyAppraised) {
                throw FundingProblems.CENTRAL_APPRAISAL_REQUIRED.exception(
                        "Project " + p.id + " has not passed the ministry's central appraisal");
            }
        } else {
            caller.requireRole("Approving a local project", Roles.APPROVER);
            requireProvinceCaller("A local project is approved by the province (UBND tỉnh), not the ministry");
            caller.requireWritable(p.currentProvinceCode, p.provinceCode);
        }
        // The allocation's row is locked last, by the conditional UPDATE at the end, so that approvals of one
        // allocation queue on it only for that statement and the commit, not for the checks, the history and the
        // stored answer of the Idempotency-Key.
        Allocation a = ledger.allocation(r.allocationId());
        if (a == null || !caller.canSee(a.currentProvinceCode)) {
            throw new ProblemException(
                    FundingProblems.UNKNOWN_REFERENCE,
                    "Allocation " + r.allocationId() + " does not exist",
                    List.of(new FieldError("allocationId", "is not an allocation you can use")));
        }
        if (a.source != p.source
                || a.fiscalYear != p.fiscalYear
                || !a.currentProvinceCode.equals(p.currentProvinceCode)) {
            throw new ProblemException(
                    FundingProblems.ALLOCATION_MISMATCH,
                    String.format(
                            "The project is %s money of province %s for %d; allocation %s is %s of %s for %d",
                            p.source,
                            p.currentProvinceCode,
                            p.fiscalYear,
                            a.id,
                            a.source,
                            a.currentProvinceCode,
                            a.fiscalYear),
                    List.of(new FieldError("allocationId", "must be of the project's province, year and source")));
        }
        if (a.frozen) {
            throw FundingProblems.ALLOCATION_FROZEN.exception("Allocation " + a.id + " is frozen");
        }
        if (p.activityType == ActivityType.TRADE_PROMOTION
                && p.productId != null
                && !projections.holdsValidCertificate(p.productId, r.documentDate())) {
            throw FundingProblems.PRODUCT_NOT_CERTIFIED.exception("Product " + p.productId
                    + " holds no valid OCOP certificate of 3 stars or more on " + r.documentDate());
        }
        if (p.activityType == ActivityType.CLUSTER_INFRASTRUCTURE && !projections.clusterEstablished(p.clusterId)) {
            throw FundingProblems.CLUSTER_NOT_ESTABLISHED.exception("Cluster " + p.clusterId
                    + " is not established (Decree 32/2024/NĐ-CP): no infrastructure support before the establishment"
                    + " decision");
        }
        ceilings.checkApproval(p, r.documentDate());
        if (p.supportVnd > a.availableVnd()) {
            throw FundingProblems.INSUFFICIENT_ALLOCATION.exception(String.format(
                    "The allocation has %,d đồng uncommitted; the project needs %,d", a.availableVnd(), p.supportVnd));
        }
        LedgerResponses.ProjectResponse before = mapper.view(p);
        p.allocationId = a.id;
        p.status = ProjectStatus.APPROVED;
        p.decisionNumber = VietnameseText.nfc(r.documentNumber());
        p.decisionDate = r.documentDate();
        p.searchText = VietnameseText.fold(p.title + " " + p.implementingUnit + " " + p.decisionNumber);
        journal.record(
                a.id, p.id, "COMMITTED", Journal.Deltas.committed(p.supportVnd), p.decisionNumber, r.documentDate());
        LedgerResponses.ProjectResponse after = stepped(
                p, before, "APPROVED", APPROVED, p.supportVnd, null, r.documentNumber(), r.documentDate(), null);
        ledger.flush();
        keys.answerNow(after);
        if (!ledger.commit(a.id, p.supportVnd)) {
            // Another approval (or a freeze, or a cut) took the money since the check above: nothing of this one stays.
            ledger.refresh(a);
            if (a.frozen) {
                throw FundingProblems.ALLOCATION_FROZEN.exception("Allocation " + a.id + " is frozen");
            }
            throw FundingProblems.INSUFFICIENT_ALLOCATION.exception(String.format(
                    "The allocation has %,d đồng uncommitted; the project needs %,d", a.availableVnd(), p.supportVnd));
        }
        return after;
    }

    @Transactional
    public LedgerResponses.ProjectResponse contract(UUID id, String ifMatch, LedgerRequests.Step s) {
        Project p = lock(id, ifMatch);
        requireStatus(p, "contracted", ProjectStatus.APPROVED);
        requireImplementer(p, "Contracting a project");
        LedgerResponses.ProjectResponse before = mapper.view(p);
        p.status = ProjectStatus.CONTRACTED;
        return stepped(p, before, "CONTRACTED", CONTRACTED, 0, null, s.documentNumber(), s.documentDate(), s.note());
    }

    /** An advance or payment: never more than the commitment, nor (once accepted) than the accepted amount. */
    @Transactional
    @Idempotent("disburse-project")
    public LedgerResponses.DisbursementResponse disburse(
            UUID id, String ifMatch, @IdempotencyKey String key, LedgerRequests.Disburse r) {
        Project p = lockForPayment(id, ifMatch);
        requireStatus(p, "paid", ProjectStatus.CONTRACTED, ProjectStatus.IN_PROGRESS, ProjectStatus.ACCEPTED);
        Allocation a = ledger.lockAllocation(p.allocationId);
        allocations.requireMoneyRole(p.source, p.currentProvinceCode);
        long limit = p.status == ProjectStatus.ACCEPTED ? p.acceptedVnd : p.supportVnd;
        if (p.disbursedVnd + r.amountVnd() > limit) {
            throw FundingProblems.DISBURSEMENT_EXCEEDS_COMMITMENT.exception(String.format(
                    "%,d đồng of the %,d %s remain to be paid; asked %,d",
                    limit - p.disbursedVnd,
                    limit,
                    p.status == ProjectStatus.ACCEPTED ? "accepted" : "committed",
                    r.amountVnd()));
        }
        LedgerResponses.ProjectResponse before = mapper.view(p);
        Disbursement d = new Disbursement();
        d.id = RandomIds.next();
        d.projectId = p.id;
        d.kind = r.kind();
        d.amountVnd = r.amountVnd();
        d.paidOn = r.paidOn();
        d.voucher = VietnameseText.nfc(r.voucher());
        d.createdAt = Instant.now();
        d.createdBy = caller.id();
        ledger.add(d);
        p.disbursedVnd += r.amountVnd();
        a.disbursedVnd += r.amountVnd();
        if (p.status != ProjectStatus.ACCEPTED) {
            p.status = ProjectStatus.IN_PROGRESS;
        }
        journal.record(a.id, p.id, "DISBURSED", Journal.Deltas.disbursed(r.amountVnd()), d.voucher, r.paidOn());
        stepped(p, before, "DISBURSED", DISBURSED, r.amountVnd(), r.kind(), d.voucher, r.paidOn(), null);
        return new LedgerResponses.DisbursementResponse(
                d.id, p.id, d.kind, d.amountVnd, d.paidOn, d.voucher, d.createdAt, d.createdBy);
    }

    /** Nghiệm thu: the accepted amount covers what was paid and stays within the commitment. */
    @Transactional
    @Idempotent("accept-project")
    public LedgerResponses.ProjectResponse accept(
            UUID id, String ifMatch, @IdempotencyKey String key, LedgerRequests.Accept r) {
        Project p = lock(id, ifMatch);
        requireStatus(p, "accepted", ProjectStatus.CONTRACTED, ProjectStatus.IN_PROGRESS);
        requireImplementer(p, "Accepting a project (nghiệm thu)");
        if (r.acceptedVnd() > p.supportVnd || r.acceptedVnd() < p.disbursedVnd) {
            throw new ProblemException(
                    FundingProblems.ACCEPTANCE_OUT_OF_RANGE,
                    String.format(
                            "The accepted amount must be between the %,d đồng paid and the %,d committed; given %,d",
                            p.disbursedVnd, p.supportVnd, r.acceptedVnd()),
                    List.of(new FieldError("acceptedVnd", "must be between disbursedVnd and the support")));
        }
        LedgerResponses.ProjectResponse before = mapper.view(p);
        p.acceptedVnd = r.acceptedVnd();
        p.deliveredOutputs = VietnameseText.nfc(r.deliveredOutputs());
        p.status = ProjectStatus.ACCEPTED;
        journal.record(
                p.allocationId,
                p.id,
                "ACCEPTED",
                Journal.Deltas.accepted(r.acceptedVnd()),
                VietnameseText.nfc(r.documentNumber()),
                r.documentDate());
        return stepped(
                p, before, "ACCEPTED", ACCEPTED, r.acceptedVnd(), null, r.documentNumber(), r.documentDate(), null);
    }

    /** Quyết toán at what was paid (never above what was accepted); the rest returns to the allocation. */
    @Transactional
    @Idempotent("settle-project")
    public LedgerResponses.ProjectResponse settle(
            UUID id, String ifMatch, @IdempotencyKey String key, LedgerRequests.Settle r) {
        Project p = lock(id, ifMatch);
        requireStatus(p, "settled", ProjectStatus.ACCEPTED);
        Allocation a = ledger.lockAllocation(p.allocationId);
        allocations.requireMoneyRole(p.source, p.currentProvinceCode);
        if (r.settledVnd() != p.disbursedVnd) {
            throw FundingProblems.SETTLEMENT_MISMATCH.exception(String.format(
                    "%,d đồng were disbursed (accepted %,d); pay the rest before settling %,d",
                    p.disbursedVnd, p.acceptedVnd, r.settledVnd()));
        }
        LedgerResponses.ProjectResponse before = mapper.view(p);
        long released = p.supportVnd - r.settledVnd();
        a.committedVnd -= released;
        p.settledVnd = r.settledVnd();
        p.status = ProjectStatus.SETTLED;
        journal.record(
                a.id,
                p.id,
                "SETTLED",
                new Journal.Deltas(0, -released, 0, 0, r.settledVnd()),
                VietnameseText.nfc(r.documentNumber()),
                r.documentDate());
        return stepped(p, before, "SETTLED", SETTLED, released, null, r.documentNumber(), r.documentDate(), r.note());
    }

    /** An approved or contracted project with nothing paid: its support returns to the allocation. */
    @Transactional
    @Idempotent("cancel-project")
    public LedgerResponses.ProjectResponse cancel(
            UUID id, String ifMatch, @IdempotencyKey String key, LedgerRequests.Step s) {
        Project p = lock(id, ifMatch);
        if (p.disbursedVnd > 0) {
            throw FundingProblems.PROJECT_HAS_DISBURSEMENTS.exception(
                    String.format("%,d đồng were already paid: accept and settle the project instead", p.disbursedVnd));
        }
        requireStatus(p, "cancelled", ProjectStatus.APPROVED, ProjectStatus.CONTRACTED);
        Allocation a = ledger.lockAllocation(p.allocationId);
        allocations.requireMoneyRole(p.source, p.currentProvinceCode);
        LedgerResponses.ProjectResponse before = mapper.view(p);
        a.committedVnd -= p.supportVnd;
        p.status = ProjectStatus.CANCELLED;
        journal.record(
                a.id,
                p.id,
                "COMMITMENT_RELEASED",
                Journal.Deltas.committed(-p.supportVnd),
                VietnameseText.nfc(s.documentNumber()),
                s.documentDate());
        return stepped(
                p, before, "CANCELLED", CANCELLED, p.supportVnd, null, s.documentNumber(), s.documentDate(), s.note());
    }

    public LedgerResponses.ProjectResponse get(UUID id) {
        return mapper.view(load(id));
    }

    public List<LedgerResponses.StepResponse> steps(UUID id) {
        load(id);
        return ledger.steps(id);
    }

    public List<LedgerResponses.DisbursementResponse> disbursements(UUID id) {
        load(id);
        return ledger.disbursements(id).stream()
                .map(d -> new LedgerResponses.DisbursementResponse(
                        d.id, d.projectId, d.kind, d.amountVnd, d.paidOn, d.voucher, d.createdAt, d.createdBy))
                .toList();
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        load(id);
        return history.of(AGGREGATE, id, page);
    }

    public Page<LedgerResponses.ProjectResponse> list(
            String province,
            UUID allocationId,
            UUID beneficiaryId,
            String activityType,
            String status,
            String source,
            Integer year,
            UUID planId,
            String q,
            PageRequest page) {
        ProvinceScope scope =
                caller.listScope(province == null ? null : units.requireCurrentOrFormer("province", province));
        var filter = new LedgerRepository.ProjectFilter(
                allocationId,
                beneficiaryId,
                QueryParams.enumValue("activityType", activityType, ActivityType.class),
                QueryParams.enumValue("status", status, ProjectStatus.class),
                QueryParams.enumValue("source", source, FundingSource.class),
                year,
                planId,
                q);
        if (scope.isEmpty()) {
            return Page.empty();
        }
        List<Project> rows = ledger.projects(scope.code(), filter, page.uuidCursor(), page.size() + 1);
        return Page.of(rows, page, p -> p.id.toString(), mapper::view);
    }

    private Project load(UUID id) {
        Project p = ledger.project(id);
        if (p == null) {
            throw ProblemException.notFound("Project", id);
        }
        caller.requireVisible(p.currentProvinceCode, "Project", id);
        return p;
    }

    private Project lock(UUID id, String ifMatch) {
        Project p = locked(id);
        ETags.requireMatch(ifMatch, p.version);
        return p;
    }

    /** A payment adds to the project under its row lock and is checked against its locked state: `*` may stand. */
    private Project lockForPayment(UUID id, String ifMatch) {
        Project p = locked(id);
        ETags.requireMatchOrAny(ifMatch, p.version);
        return p;
    }

    private Project locked(UUID id) {
        Project p = ledger.lockProject(id);
        if (p == null) {
            throw ProblemException.notFound("Project", id);
        }
        caller.requireVisible(p.currentProvinceCode, "Project", id);
        return p;
    }

    private static void requireStatus(Project p, String what, ProjectStatus... allowed) {
        Set<ProjectStatus> ok = EnumSet.noneOf(ProjectStatus.class);
        ok.addAll(List.of(allowed));
        if (!ok.contains(p.status)) {
            throw ProblemType.INVALID_TRANSITION.exception(
                    "The project is " + p.status + "; only a project that is " + ok + " can be " + what);
        }
    }

    /** The DOIT: officers and approvers of the project's province. */
    private void requireProvince(Project p, String action) {
        caller.requireRole(action, Roles.OFFICER, Roles.APPROVER);
        requireProvinceCaller(action + " is the DOIT's (Sở Công Thương) of the project's province");
        caller.requireWritable(p.currentProvinceCode, p.provinceCode);
    }

    private void requireProvinceCaller(String why) {
        if (caller.province().isEmpty()) {
            throw ProblemType.FORBIDDEN.exception(why);
        }
    }

    private void requireMinistry(Project p) {
        if (!caller.hasRole(Roles.MINISTRY)) {
            throw FundingProblems.NATIONAL_APPROVAL_RESERVED.exception(
                    "The central appraisal of national project " + p.id + " is the ministry's");
        }
    }

    /** Who runs an approved project: the ministry's agency for a national one, the DOIT for a local one. */
    private void requireImplementer(Project p, String action) {
        if (p.source == FundingSource.NATIONAL && caller.hasRole(Roles.MINISTRY)) {
            return;
        }
        requireProvince(p, action);
    }

    private String role() {
        for (String r : List.of(Roles.MINISTRY, Roles.APPROVER, Roles.OFFICER, Roles.ADMIN, Roles.VIEWER)) {
            if (caller.hasRole(r)) {
                return r;
            }
        }
        return "unknown";
    }

    private LedgerResponses.ProjectResponse stepped(
            Project p,
            LedgerResponses.ProjectResponse before,
            String step,
            String eventType,
            long amountVnd,
            String disbursementKind,
            String documentNumber,
            LocalDate documentDate,
            String note) {
        ledger.flush();
        String document = VietnameseText.nfc(documentNumber);
        ledger.recordStep(
                p.id,
                step,
                p.status,
                document,
                documentDate,
                caller.id(),
                role(),
                amountVnd,
                note == null ? null : VietnameseText.nfc(note));
        LedgerResponses.ProjectResponse after = mapper.view(p);
        history.record(AGGREGATE, p.id, p.version, step, caller.id(), before, after);
        outbox.record(
                AGGREGATE,
                p.id,
                p.version,
                eventType,
                mapper.event(p, amountVnd, disbursementKind, document, documentDate, caller.id()));
        return after;
    }
}
