package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cnnt.funding.FundingProblems;
import vn.cnnt.funding.ledger.Allocation;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.api.LedgerRequests;
import vn.cnnt.funding.ledger.api.LedgerResponses;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.idempotency.IdempotencyKey;
import vn.cnnt.kit.idempotency.Idempotent;
import vn.cnnt.kit.outbox.Outbox;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.kit.web.QueryParams;

/**
 * Allocations (dự toán được giao): the only spendable money. NATIONAL money is allocated by the ministry, LOCAL money by
 * the province's approver; an adjustment is a recorded decision, never an edit. A plan's approval allocates nothing.
 */
@ApplicationScoped
public class AllocationService {

    /** The event types this service records, whole (docs/events.md). */
    public static final String DECIDED = "vn.cnnt.funding.allocation.decided.v1";

    public static final String ADJUSTED = "vn.cnnt.funding.allocation.adjusted.v1";

    public static final String AGGREGATE = "allocation";
    static final String MINISTRY = "MINISTRY";
    static final String PROVINCE = "PROVINCE";

    private final LedgerRepository ledger;
    private final Journal journal;
    private final LedgerMapper mapper;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final Outbox outbox;
    private final History history;

    AllocationService(
            LedgerRepository ledger,
            Journal journal,
            LedgerMapper mapper,
            AdministrativeUnits units,
            Caller caller,
            Outbox outbox,
            History history) {
        this.ledger = ledger;
        this.journal = journal;
        this.mapper = mapper;
        this.units = units;
        this.caller = caller;
        this.outbox = outbox;
        this.history = history;
    }

    @Transactional
    @Idempotent("allocate")
    public LedgerResponses.AllocationResponse allocate(@IdempotencyKey String key, LedgerRequests.Allocate r) {
        ProvinceUnit unit = units.require("provinceCode", r.provinceCode(), LocalDate.of(r.fiscalYear(), 12, 31));
        FundingSource source = FundingSource.valueOf(r.source().name());
        String authority = requireAuthority(source, unit.currentCode());
        if (r.planId() != null
                && ledger.ofPlan(r.planId(), r.fiscalYear(), source).isPresent()) {
            throw FundingProblems.DUPLICATE_ALLOCATION.exception(
                    "Plan " + r.planId() + " already has a " + source + " allocation for " + r.fiscalYear());
        }
        Allocation a = new Allocation();
        a.id = RandomIds.next();
        a.provinceCode = r.provinceCode();
        a.currentProvinceCode = unit.currentCode();
        a.planId = r.planId();
        a.fiscalYear = r.fiscalYear();
        a.source = source;
        a.allocatedVnd = r.amountVnd();
        a.decisionNumber = r.decisionNumber();
        a.decisionDate = r.decisionDate();
        a.decidedBy = authority;
        a.origin = "DECISION";
        a.createdAt = Instant.now();
        a.createdBy = caller.id();
        ledger.add(a);
        journal.record(
                a.id,
                null,
                "BUDGET_OPENED",
                Journal.Deltas.allocated(a.allocatedVnd),
                a.decisionNumber,
                a.decisionDate);
        ledger.flush();
        LedgerResponses.AllocationResponse view = mapper.view(a);
        history.record(AGGREGATE, a.id, a.version, "ALLOCATED", caller.id(), null, view);
        outbox.record(
                AGGREGATE, a.id, a.version, DECIDED, mapper.event(a, a.allocatedVnd, a.decisionNumber, a.decisionDate));
        return view;
    }

    @Transactional
    @Idempotent("adjust-allocation")
    public LedgerResponses.AllocationResponse adjust(
            UUID id, String ifMatch, @IdempotencyKey String key, LedgerRequests.Adjustment r) {
        Allocation a = ledger.lockAllocation(id);
        if (a == null) {
            throw ProblemException.notFound("Allocation", id);
        }
        caller.requireVisible(a.currentProvinceCode, "Allocation", id);
        ETags.requireMatch(ifMatch, a.version);
        requireAuthority(a.source, a.currentProvinceCode);
        if (r.deltaVnd() == 0) {
            throw ProblemException.invalidField("deltaVnd", "must not be zero");
        }
        long after = Math.addExact(a.allocatedVnd, r.deltaVnd());
        if (after < a.committedVnd) {
            throw FundingProblems.ALLOCATION_BELOW_COMMITTED.exception(String.format(
                    "The allocation would fall to %,d đồng, below the committed %,d", after, a.committedVnd));
        }
        if (after > vn.cnnt.kit.money.Vnd.MAX) {
            throw ProblemException.invalidField("deltaVnd", "would take the allocation above 10^15 đồng");
        }
        LedgerResponses.AllocationResponse before = mapper.view(a);
        a.allocatedVnd = after;
        journal.record(
                a.id,
                null,
                "BUDGET_ADJUSTED",
                Journal.Deltas.allocated(r.deltaVnd()),
                r.decisionNumber(),
                r.decisionDate());
        ledger.flush();
        LedgerResponses.AllocationResponse view = mapper.view(a);
        history.record(AGGREGATE, a.id, a.version, "ADJUSTED", caller.id(), before, view);
        outbox.record(
                AGGREGATE,
                a.id,
                a.version,
                ADJUSTED,
                mapper.event(a, r.deltaVnd(), r.decisionNumber(), r.decisionDate()));
        return view;
    }

    public Page<vn.cnnt.kit.history.HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(AGGREGATE, id, page);
    }

    public LedgerResponses.AllocationResponse get(UUID id) {
        return mapper.view(load(id));
    }

    public Allocation load(UUID id) {
        Allocation a = ledger.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Allocation", id);
        }
        caller.requireVisible(a.currentProvinceCode, "Allocation", id);
        return a;
    }

    public Page<LedgerResponses.AllocationResponse> list(
            String province, Integer year, String source, UUID planId, PageRequest page) {
        ProvinceScope scope =
                caller.listScope(province == null ? null : units.requireCurrentOrFormer("province", province));
        FundingSource s = QueryParams.enumValue("source", source, FundingSource.class);
        if (scope.isEmpty()) {
            return Page.empty();
        }
        List<Allocation> rows = ledger.allocations(scope.code(), year, s, planId, page.uuidCursor(), page.size() + 1);
        return Page.of(rows, page, a -> a.id.toString(), mapper::view);
    }

    public LedgerResponses.Reconciliation reconciliation(UUID id) {
        load(id);
        var r = ledger.reconciliation(id);
        var balances = new LedgerResponses.Totals(r.allocated(), r.committed(), r.disbursed());
        var journalTotals = new LedgerResponses.Totals(r.journalBudget(), r.journalCommitted(), r.journalDisbursed());
        var projects = new LedgerResponses.Totals(null, r.projectsCommitted(), r.projectsDisbursed());
        boolean reconciled = balances.equals(journalTotals)
                && r.committed() == r.projectsCommitted()
                && r.disbursed() == r.projectsDisbursed();
        return new LedgerResponses.Reconciliation(id, balances, journalTotals, projects, reconciled);
    }

    public Page<LedgerResponses.JournalResponse> journal(UUID id, PageRequest page) {
        load(id);
        var rows = ledger.journal(id, page.numberCursor(), page.size() + 1);
        return Page.of(
                rows,
                page,
                j -> j.id.toString(),
                j -> new LedgerResponses.JournalResponse(
                        j.id,
                        j.kind,
                        j.projectId,
                        j.budgetDelta,
                        j.committedDelta,
                        j.disbursedDelta,
                        j.acceptedDelta,
                        j.settledDelta,
                        j.reference,
                        j.documentDate,
                        j.at,
                        j.actor));
    }

    /** NATIONAL: the ministry allocates; LOCAL: the province's approver. Returns the authority recorded. */
    private String requireAuthority(FundingSource source, String currentProvinceCode) {
        if (source == FundingSource.NATIONAL) {
            if (!caller.hasRole(Roles.MINISTRY)) {
                throw FundingProblems.ALLOCATION_AUTHORITY.exception(
                        "National khuyến công money (KCQG) is allocated only by the ministry");
            }
            return MINISTRY;
        }
        if (source != FundingSource.LOCAL) {
            throw ProblemException.invalidField("source", "only public money (NATIONAL, LOCAL) is allocated");
        }
        if (!caller.hasRole(Roles.APPROVER) || caller.province().isEmpty()) {
            throw FundingProblems.ALLOCATION_AUTHORITY.exception(
                    "Local khuyến công money (KCĐP) is allocated only by the province's approver (UBND tỉnh)");
        }
        caller.requireWritable(currentProvinceCode, currentProvinceCode);
        return PROVINCE;
    }

    /** Moving national money is the ministry's; local money belongs to the approvers of the province. */
    void requireMoneyRole(FundingSource source, String currentProvinceCode) {
        if (source == FundingSource.NATIONAL) {
            if (!caller.hasAnyRole(Roles.MINISTRY, Roles.ADMIN)) {
                throw FundingProblems.NATIONAL_SOURCE_RESERVED.exception(
                        "Only the ministry manages national khuyến công money");
            }
            return;
        }
        caller.requireRole("Managing provincial money", Roles.APPROVER, Roles.MINISTRY, Roles.ADMIN);
        caller.requireWritable(currentProvinceCode, currentProvinceCode);
    }
}
