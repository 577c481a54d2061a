package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cnnt.funding.ledger.Envelope;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.api.LedgerRequests;
import vn.cnnt.funding.ledger.api.LedgerViews;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.kit.history.History;
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

/** Budget envelopes: opened by decision or from an approved plan, adjusted by decision, frozen with their plan. */
@ApplicationScoped
public class EnvelopeService {

    public static final String AGGREGATE = "envelope";

    private final LedgerRepository ledger;
    private final Journal journal;
    private final LedgerMapper mapper;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final Outbox outbox;
    private final History history;

    EnvelopeService(
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
    public LedgerViews.EnvelopeView open(LedgerRequests.OpenEnvelope r) {
        ProvinceUnit unit = units.require("provinceCode", r.provinceCode(), LocalDate.of(r.fiscalYear(), 12, 31));
        requireMoneyRole(r.source(), unit.currentCode());
        if (r.planId() != null
                && ledger.ofPlan(r.planId(), r.fiscalYear(), r.source().name()).isPresent()) {
            throw FundingProblems.DUPLICATE_ENVELOPE.exception(
                    "Plan " + r.planId() + " already has a " + r.source() + " envelope for " + r.fiscalYear());
        }
        Envelope e = newEnvelope(
                r.provinceCode(),
                unit.currentCode(),
                r.planId(),
                r.fiscalYear(),
                r.source(),
                r.budgetVnd(),
                r.decisionNumber(),
                caller.id());
        return opened(e, caller.id());
    }

    /**
     * From a plan's approved (or amended) funding table: opens the (plan, year, source) envelope, or moves its budget
     * to the plan's new amount. Idempotent: the same amount changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFromPlan(
            UUID planId,
            String provinceCode,
            String currentProvinceCode,
            int year,
            FundingSource source,
            long amountVnd,
            String reference) {
        var existing = ledger.ofPlan(planId, year, source.name());
        if (existing.isEmpty()) {
            opened(
                    newEnvelope(
                            provinceCode,
                            currentProvinceCode,
                            planId,
                            year,
                            source,
                            amountVnd,
                            reference,
                            "plans-service"),
                    "plans-service");
            return;
        }
        Envelope e = existing.get();
        long delta = amountVnd - e.budgetVnd;
        if (delta != 0) {
            if (e.budgetVnd + delta < e.committedVnd) {
                throw FundingProblems.BUDGET_BELOW_COMMITTED.exception("Plan " + planId + " " + year + " " + source
                        + " would fall to " + amountVnd + " below the committed " + e.committedVnd);
            }
            adjusted(e, delta, reference, "plans-service");
        }
    }

    /** The plan was cancelled: nothing more can be committed from its envelopes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void freezeUncommitted(UUID planId) {
        for (Envelope e : ledger.lockAllOfPlan(planId)) {
            if (!e.frozen) {
                LedgerViews.EnvelopeView before = mapper.view(e);
                e.frozen = true;
                ledger.flush();
                history.record(AGGREGATE, e.id, e.version, "FROZEN", "plans-service", before, mapper.view(e));
                outbox.record(
                        AGGREGATE,
                        e.id,
                        e.version,
                        "vn.cnnt.funding.envelope.frozen.v1",
                        mapper.event(e, e.availableVnd()));
            }
        }
    }

    @Transactional
    public LedgerViews.EnvelopeView adjust(UUID id, String ifMatch, LedgerRequests.Adjustment r) {
        Envelope e = ledger.lockEnvelope(id);
        if (e == null) {
            throw ProblemException.notFound("Envelope", id);
        }
        caller.requireVisible(e.currentProvinceCode, "Envelope", id);
        ETags.requireMatch(ifMatch, e.version);
        requireMoneyRole(e.source, e.currentProvinceCode);
        if (r.deltaVnd() == 0) {
            throw ProblemException.invalidField("deltaVnd", "must not be zero");
        }
        if (e.budgetVnd + r.deltaVnd() < e.committedVnd) {
            throw FundingProblems.BUDGET_BELOW_COMMITTED.exception("The budget would fall to "
                    + (e.budgetVnd + r.deltaVnd()) + " đồng, below the committed " + e.committedVnd + " đồng");
        }
        return adjusted(e, r.deltaVnd(), r.decisionNumber(), caller.id());
    }

    public LedgerViews.EnvelopeView get(UUID id) {
        return mapper.view(load(id));
    }

    public Envelope load(UUID id) {
        Envelope e = ledger.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Envelope", id);
        }
        caller.requireVisible(e.currentProvinceCode, "Envelope", id);
        return e;
    }

    public Page<LedgerViews.EnvelopeView> list(
            String province, Integer year, String source, UUID planId, PageRequest page) {
        ProvinceScope scope =
                caller.listScope(province == null ? null : units.requireCurrentOrFormer("province", province));
        if (scope.isEmpty()) {
            return Page.empty();
        }
        if (source != null
                && List.of(FundingSource.values()).stream()
                        .noneMatch(s -> s.name().equals(source))) {
            throw ProblemException.invalidField("source", "must be NATIONAL, LOCAL, COUNTERPART or OTHER");
        }
        List<Envelope> rows = ledger.envelopes(scope.code(), year, source, planId, page.uuidCursor(), page.size() + 1);
        return Page.of(rows, page, e -> e.id.toString(), mapper::view);
    }

    public LedgerViews.Reconciliation reconciliation(UUID id) {
        load(id);
        long[] r = ledger.reconciliation(id);
        var balances = new LedgerViews.Totals(r[0], r[1], r[2]);
        var journal = new LedgerViews.Totals(r[3], r[4], r[5]);
        var commitments = new LedgerViews.Totals(null, r[6], r[7]);
        boolean reconciled = balances.equals(journal) && r[1] == r[6] && r[2] == r[7];
        return new LedgerViews.Reconciliation(id, balances, journal, commitments, reconciled);
    }

    public Page<LedgerViews.JournalView> journal(UUID id, PageRequest page) {
        load(id);
        long after = page.numberCursor();
        var rows = ledger.journal(id, after, page.size() + 1);
        return Page.of(
                rows,
                page,
                j -> j.id.toString(),
                j -> new LedgerViews.JournalView(
                        j.id,
                        j.kind,
                        j.commitmentId,
                        j.budgetDelta,
                        j.committedDelta,
                        j.disbursedDelta,
                        j.reference,
                        j.at,
                        j.actor));
    }

    /** National money is the ministry's; the rest belongs to the approvers of the province. */
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

    private Envelope newEnvelope(
            String provinceCode,
            String currentProvinceCode,
            UUID planId,
            int year,
            FundingSource source,
            long budget,
            String decision,
            String actor) {
        Envelope e = new Envelope();
        e.id = UUID.randomUUID();
        e.provinceCode = provinceCode;
        e.currentProvinceCode = currentProvinceCode;
        e.planId = planId;
        e.fiscalYear = year;
        e.source = source;
        e.budgetVnd = budget;
        e.decisionNumber = decision;
        e.createdAt = Instant.now();
        e.createdBy = actor;
        return e;
    }

    private LedgerViews.EnvelopeView opened(Envelope e, String actor) {
        ledger.add(e);
        journal.record(e.id, null, "BUDGET_OPENED", e.budgetVnd, 0, 0, e.decisionNumber);
        ledger.flush();
        LedgerViews.EnvelopeView view = mapper.view(e);
        history.record(AGGREGATE, e.id, e.version, "OPENED", actor, null, view);
        outbox.record(AGGREGATE, e.id, e.version, "vn.cnnt.funding.envelope.opened.v1", mapper.event(e, e.budgetVnd));
        return view;
    }

    private LedgerViews.EnvelopeView adjusted(Envelope e, long delta, String decision, String actor) {
        LedgerViews.EnvelopeView before = mapper.view(e);
        e.budgetVnd += delta;
        journal.record(e.id, null, "BUDGET_ADJUSTED", delta, 0, 0, decision);
        ledger.flush();
        LedgerViews.EnvelopeView view = mapper.view(e);
        history.record(AGGREGATE, e.id, e.version, "ADJUSTED", actor, before, view);
        outbox.record(AGGREGATE, e.id, e.version, "vn.cnnt.funding.envelope.adjusted.v1", mapper.event(e, delta));
        return view;
    }
}
