package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.cnnt.funding.FundingProblems;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.SupportCeiling;
import vn.cnnt.funding.ledger.api.LedgerRequests;
import vn.cnnt.funding.ledger.api.LedgerResponses;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.web.QueryParams;

/**
 * Support ceilings as data: readable by every caller, loaded by an administrator (a nationwide level from TT 28/2018 as
 * amended, or a province's own level by HĐND resolution), each with its effective dates. A level is never edited: a new
 * one starts on a later date.
 */
@ApplicationScoped
public class CeilingService {

    private final LedgerRepository ledger;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final History history;

    CeilingService(LedgerRepository ledger, AdministrativeUnits units, Caller caller, History history) {
        this.ledger = ledger;
        this.units = units;
        this.caller = caller;
        this.history = history;
    }

    public List<LedgerResponses.CeilingResponse> list(String activityType, String province) {
        ActivityType a = QueryParams.enumValue("activityType", activityType, ActivityType.class);
        String p = province == null ? null : units.requireCurrentOrFormer("province", province);
        return ledger.allCeilings(a == null ? null : a.name(), p).stream()
                .map(CeilingService::view)
                .toList();
    }

    public LedgerResponses.CeilingResponse get(UUID id) {
        SupportCeiling c = ledger.ceiling(id);
        if (c == null) {
            throw ProblemException.notFound("Ceiling", id);
        }
        return view(c);
    }

    @Transactional
    public LedgerResponses.CeilingResponse load(LedgerRequests.Ceiling r) {
        caller.requireRole("Loading support ceilings", Roles.ADMIN);
        if (r.provinceCode() != null) {
            units.requireCurrentOrFormer("provinceCode", r.provinceCode());
        }
        if (r.effectiveTo() != null && r.effectiveTo().isBefore(r.effectiveFrom())) {
            throw ProblemException.invalidField("effectiveTo", "must not be before effectiveFrom");
        }
        boolean taken = ledger.ceilingStartsOn(
                r.activityType().name(),
                r.effectiveFrom(),
                r.source() == null ? null : r.source().name(),
                r.provinceCode());
        if (taken) {
            throw FundingProblems.DUPLICATE_CEILING.exception("A " + r.activityType() + " ceiling for source "
                    + r.source() + " and province " + r.provinceCode() + " starts on " + r.effectiveFrom());
        }
        SupportCeiling c = new SupportCeiling();
        c.id = RandomIds.next();
        c.activityType = r.activityType().name();
        c.source = r.source() == null ? null : r.source().name();
        c.provinceCode = r.provinceCode();
        c.maxShare = r.maxShare();
        c.maxAmountVnd = r.maxAmountVnd();
        c.amountScope = r.amountScope();
        c.minCounterpartShare = r.minCounterpartShare();
        c.effectiveFrom = r.effectiveFrom();
        c.effectiveTo = r.effectiveTo();
        c.legalBasis = r.legalBasis();
        c.createdBy = caller.id();
        ledger.add(c);
        ledger.flush();
        LedgerResponses.CeilingResponse view = view(c);
        history.record("ceiling", c.id, 0, "LOADED", caller.id(), null, view);
        return view;
    }

    static LedgerResponses.CeilingResponse view(SupportCeiling c) {
        return new LedgerResponses.CeilingResponse(
                c.id,
                ActivityType.valueOf(c.activityType),
                c.source == null ? null : FundingSource.valueOf(c.source),
                c.provinceCode,
                c.maxShare,
                c.maxAmountVnd,
                c.amountScope,
                c.minCounterpartShare,
                c.effectiveFrom,
                c.effectiveTo,
                c.legalBasis);
    }
}
