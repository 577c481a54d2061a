package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cnnt.funding.beneficiary.service.BeneficiaryService;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.Commitment;
import vn.cnnt.funding.ledger.CommitmentFilter;
import vn.cnnt.funding.ledger.CommitmentStatus;
import vn.cnnt.funding.ledger.Disbursement;
import vn.cnnt.funding.ledger.Envelope;
import vn.cnnt.funding.ledger.api.LedgerRequests;
import vn.cnnt.funding.ledger.api.LedgerViews;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.funding.projection.service.ProjectionService;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
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
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.kit.web.QueryParams;

/**
 * Commitments and the money they move. Every money operation locks the commitment, then its envelope (always in
 * that order, so concurrent operations cannot deadlock), checks the rules, and writes the balances, the journal,
 * the history and the event in one transaction.
 */
@ApplicationScoped
public class CommitmentService {

    public static final String AGGREGATE = "commitment";
    private static final String EVENTS = "vn.cnnt.funding.";

    private final LedgerRepository ledger;
    private final EnvelopeService envelopes;
    private final BeneficiaryService beneficiaries;
    private final SupportCeilings ceilings;
    private final ProjectionService projections;
    private final Journal journal;
    private final LedgerMapper mapper;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final Outbox outbox;
    private final History history;

    CommitmentService(
            LedgerRepository ledger,
            EnvelopeService envelopes,
            BeneficiaryService beneficiaries,
            SupportCeilings ceilings,
            ProjectionService projections,
            Journal journal,
            LedgerMapper mapper,
            AdministrativeUnits units,
            Caller caller,
            Outbox outbox,
            History history) {
        this.ledger = ledger;
        this.envelopes = envelopes;
        this.beneficiaries = beneficiaries;
        this.ceilings = ceilings;
        this.projections = projections;
        this.journal = journal;
        this.mapper = mapper;
        this.units = units;
        this.caller = caller;
        this.outbox = outbox;
        this.history = history;
    }

    @Transactional
    public LedgerViews.CommitmentView propose(LedgerRequests.ProposeCommitment r) {
        caller.requireRole("Proposing support", Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY);
        Envelope e = ledger.findById(r.envelopeId());
        if (e == null || !caller.canSee(e.currentProvinceCode)) {
            throw new ProblemException(
                    FundingProblems.UNKNOWN_REFERENCE,
                    "Envelope " + r.envelopeId() + " does not exist",
                    List.of(new FieldError("envelopeId", "is not an envelope you can use")));
        }
        if (!beneficiaries.visible(r.beneficiaryId())) {
            throw new ProblemException(
                    FundingProblems.UNKNOWN_REFERENCE,
                    "Beneficiary " + r.beneficiaryId() + " does not exist",
                    List.of(new FieldError("beneficiaryId", "is not a beneficiary you can use")));
        }
        if (r.supportVnd() > r.eligibleCostVnd()) {
            throw new ProblemException(
                    FundingProblems.SUPPORT_ABOVE_COST,
                    "Support " + r.supportVnd() + " exceeds the eligible cost " + r.eligibleCostVnd(),
                    List.of(new FieldError("supportVnd", "must not exceed eligibleCostVnd")));
        }
        if (r.activityType() == ActivityType.CLUSTER_INFRASTRUCTURE && r.clusterId() == null) {
            throw ProblemException.invalidField("clusterId", "is required for cluster infrastructure support");
        }
        Commitment c = new Commitment();
        c.id = UUID.randomUUID();
        c.envelopeId = e.id;
        c.currentProvinceCode = e.currentProvinceCode;
        c.planTaskId = r.planTaskId();
        c.beneficiaryId = r.beneficiaryId();
        c.activityType = r.activityType();
        c.productId = r.productId();
        c.clusterId = r.clusterId();
        c.title = VietnameseText.nfc(r.title());
        c.searchText = VietnameseText.fold(c.title);
        c.eligibleCostVnd = r.eligibleCostVnd();
        c.supportVnd = r.supportVnd();
        c.status = CommitmentStatus.PROPOSED;
        c.createdAt = Instant.now();
        c.createdBy = caller.id();
        ledger.add(c);
        ledger.flush();
        LedgerViews.CommitmentView view = mapper.view(c, e);
        history.record(AGGREGATE, c.id, c.version, "PROPOSED", caller.id(), null, view);
        return view;
    }

    @Transactional
    public LedgerViews.CommitmentView approve(UUID id, String ifMatch, LedgerRequests.Approve r) {
        Commitment c = lock(id, ifMatch);
        requireStatus(c, CommitmentStatus.PROPOSED, "approved");
        Envelope e = ledger.lockEnvelope(c.envelopeId);
        envelopes.requireMoneyRole(e.source, e.currentProvinceCode);
        if (c.activityType == ActivityType.TRADE_PROMOTION
                && c.productId != null
                && !projections.holdsValidCertificate(c.productId, r.decisionDate())) {
            throw FundingProblems.PRODUCT_NOT_CERTIFIED.exception("Product " + c.productId
                    + " holds no valid OCOP certificate of 3 stars or more on " + r.decisionDate());
        }
        if (c.activityType == ActivityType.CLUSTER_INFRASTRUCTURE && !projections.clusterEstablished(c.clusterId)) {
            throw FundingProblems.CLUSTER_NOT_ESTABLISHED.exception(
                    "Cluster " + c.clusterId
                            + " is not established (Decree 32/2024/NĐ-CP): no infrastructure support before the establishment decision");
        }
        ceilings.check(c, e, r.decisionDate());
        if (e.frozen) {
            throw FundingProblems.ENVELOPE_FROZEN.exception("Envelope " + e.id + " is frozen: its plan was cancelled");
        }
        if (c.supportVnd > e.availableVnd()) {
            throw FundingProblems.INSUFFICIENT_ENVELOPE.exception(String.format(
                    "The envelope has %,d đồng uncommitted; the commitment needs %,d", e.availableVnd(), c.supportVnd));
        }
        LedgerViews.CommitmentView before = mapper.view(c, e);
        e.committedVnd += c.supportVnd;
        c.status = CommitmentStatus.APPROVED;
        c.decisionNumber = VietnameseText.nfc(r.decisionNumber());
        c.decisionDate = r.decisionDate();
        c.searchText = VietnameseText.fold(c.title + " " + c.decisionNumber);
        journal.record(e.id, c.id, "COMMITTED", 0, c.supportVnd, 0, c.decisionNumber);
        return changed(c, e, "APPROVED", before, "commitment.approved", c.supportVnd);
    }

    @Transactional
    public LedgerViews.DisbursementView disburse(UUID id, String ifMatch, LedgerRequests.Disburse r) {
        Commitment c = lock(id, ifMatch);
        requireStatus(c, CommitmentStatus.APPROVED, "paid");
        Envelope e = ledger.lockEnvelope(c.envelopeId);
        envelopes.requireMoneyRole(e.source, e.currentProvinceCode);
        if (c.disbursedVnd + r.amountVnd() > c.supportVnd) {
            throw FundingProblems.DISBURSEMENT_EXCEEDS_COMMITMENT.exception(String.format(
                    "%,d đồng of the %,d committed remain to be paid; asked %,d",
                    c.supportVnd - c.disbursedVnd, c.supportVnd, r.amountVnd()));
        }
        LedgerViews.CommitmentView before = mapper.view(c, e);
        Disbursement d = new Disbursement();
        d.id = UUID.randomUUID();
        d.commitmentId = c.id;
        d.kind = r.kind();
        d.amountVnd = r.amountVnd();
        d.paidOn = r.paidOn();
        d.voucher = VietnameseText.nfc(r.voucher());
        d.createdAt = Instant.now();
        d.createdBy = caller.id();
        ledger.add(d);
        c.disbursedVnd += r.amountVnd();
        e.disbursedVnd += r.amountVnd();
        journal.record(e.id, c.id, "DISBURSED", 0, 0, r.amountVnd(), d.voucher);
        changed(c, e, "DISBURSED", before, "disbursement.recorded", r.amountVnd());
        return new LedgerViews.DisbursementView(
                d.id, c.id, d.kind, d.amountVnd, d.paidOn, d.voucher, d.createdAt, d.createdBy);
    }

    @Transactional
    public LedgerViews.CommitmentView settle(UUID id, String ifMatch, LedgerRequests.Settle r) {
        Commitment c = lock(id, ifMatch);
        requireStatus(c, CommitmentStatus.APPROVED, "settled");
        Envelope e = ledger.lockEnvelope(c.envelopeId);
        envelopes.requireMoneyRole(e.source, e.currentProvinceCode);
        if (r.settledVnd() != c.disbursedVnd) {
            throw FundingProblems.SETTLEMENT_MISMATCH.exception(String.format(
                    "%,d đồng were disbursed; record the final payment before settling %,d",
                    c.disbursedVnd, r.settledVnd()));
        }
        LedgerViews.CommitmentView before = mapper.view(c, e);
        long released = c.supportVnd - r.settledVnd();
        e.committedVnd -= released;
        c.settledVnd = r.settledVnd();
        c.status = CommitmentStatus.SETTLED;
        journal.record(e.id, c.id, "SETTLEMENT_RELEASED", 0, -released, 0, r.note());
        return changed(c, e, "SETTLED", before, "commitment.settled", released);
    }

    @Transactional
    public LedgerViews.CommitmentView cancel(UUID id, String ifMatch, LedgerRequests.Cancel r) {
        Commitment c = lock(id, ifMatch);
        if (c.status != CommitmentStatus.PROPOSED && c.status != CommitmentStatus.APPROVED) {
            throw ProblemType.INVALID_TRANSITION.exception("A " + c.status + " commitment cannot be cancelled");
        }
        if (c.disbursedVnd > 0) {
            throw FundingProblems.COMMITMENT_HAS_DISBURSEMENTS.exception(
                    String.format("%,d đồng were already paid: settle the commitment instead", c.disbursedVnd));
        }
        Envelope e = ledger.lockEnvelope(c.envelopeId);
        boolean wasApproved = c.status == CommitmentStatus.APPROVED;
        if (wasApproved) {
            envelopes.requireMoneyRole(e.source, e.currentProvinceCode);
        } else {
            caller.requireRole("Withdrawing a proposal", Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY);
        }
        LedgerViews.CommitmentView before = mapper.view(c, e);
        c.status = CommitmentStatus.CANCELLED;
        if (wasApproved) {
            e.committedVnd -= c.supportVnd;
            journal.record(e.id, c.id, "COMMITMENT_RELEASED", 0, -c.supportVnd, 0, VietnameseText.nfc(r.reason()));
            return changed(c, e, "CANCELLED", before, "commitment.cancelled", c.supportVnd);
        }
        ledger.flush();
        LedgerViews.CommitmentView after = mapper.view(c, e);
        history.record(AGGREGATE, c.id, c.version, "CANCELLED", caller.id(), before, after);
        return after;
    }

    public LedgerViews.CommitmentView get(UUID id) {
        Commitment c = load(id);
        return mapper.view(c, ledger.findById(c.envelopeId));
    }

    public List<LedgerViews.DisbursementView> disbursements(UUID id) {
        load(id);
        return ledger.disbursements(id).stream()
                .map(d -> new LedgerViews.DisbursementView(
                        d.id, d.commitmentId, d.kind, d.amountVnd, d.paidOn, d.voucher, d.createdAt, d.createdBy))
                .toList();
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        load(id);
        return history.of(AGGREGATE, id, page);
    }

    public Page<LedgerViews.CommitmentView> list(
            String province,
            UUID envelopeId,
            UUID beneficiaryId,
            String activityType,
            String status,
            String q,
            PageRequest page) {
        ProvinceScope scope =
                caller.listScope(province == null ? null : units.requireCurrentOrFormer("province", province));
        CommitmentFilter filter = new CommitmentFilter(
                envelopeId,
                beneficiaryId,
                QueryParams.enumValue("activityType", activityType, ActivityType.class),
                QueryParams.enumValue("status", status, CommitmentStatus.class),
                q);
        if (scope.isEmpty()) {
            return Page.empty();
        }
        List<Commitment> rows = ledger.commitments(scope.code(), filter, page.uuidCursor(), page.size() + 1);
        Map<UUID, Envelope> envelopesById = ledger.envelopesOf(rows);
        return Page.of(rows, page, c -> c.id.toString(), c -> mapper.view(c, envelopesById.get(c.envelopeId)));
    }

    private Commitment load(UUID id) {
        Commitment c = ledger.commitment(id);
        if (c == null) {
            throw ProblemException.notFound("Commitment", id);
        }
        caller.requireVisible(c.currentProvinceCode, "Commitment", id);
        return c;
    }

    private Commitment lock(UUID id, String ifMatch) {
        Commitment c = ledger.lockCommitment(id);
        if (c == null) {
            throw ProblemException.notFound("Commitment", id);
        }
        caller.requireVisible(c.currentProvinceCode, "Commitment", id);
        ETags.requireMatch(ifMatch, c.version);
        return c;
    }

    private static void requireStatus(Commitment c, CommitmentStatus expected, String what) {
        if (c.status != expected) {
            throw ProblemType.INVALID_TRANSITION.exception(
                    "The commitment is " + c.status + "; only a " + expected + " commitment is " + what);
        }
    }

    private LedgerViews.CommitmentView changed(
            Commitment c, Envelope e, String action, LedgerViews.CommitmentView before, String event, long amountVnd) {
        ledger.flush();
        LedgerViews.CommitmentView after = mapper.view(c, e);
        history.record(AGGREGATE, c.id, c.version, action, caller.id(), before, after);
        outbox.record(AGGREGATE, c.id, c.version, EVENTS + event + ".v1", mapper.event(c, e, amountVnd));
        return after;
    }
}
