package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.cnnt.funding.ledger.PlanEstimateLine;
import vn.cnnt.funding.ledger.api.LedgerResponses;
import vn.cnnt.funding.ledger.repository.EstimateRepository;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;

/**
 * Plans' estimates (dự kiến), recorded from plans' events: per source and per year or for the whole period. An estimate
 * is never money: it opens, adjusts or freezes no allocation. The newest plan version wins; older events change nothing.
 */
@ApplicationScoped
public class EstimateService {

    private final EstimateRepository estimates;
    private final Caller caller;

    EstimateService(EstimateRepository estimates, Caller caller) {
        this.estimates = estimates;
        this.caller = caller;
    }

    /** Records the plan's estimate, replacing the previous one; false when the event is older than what is recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(
            UUID planId,
            long version,
            String provinceCode,
            String currentProvinceCode,
            String documentNumber,
            List<PlanEstimateLine> lines) {
        return estimates.record(planId, version, provinceCode, currentProvinceCode, documentNumber, lines);
    }

    /** The plan was cancelled: its estimate stays on record, marked cancelled, and no longer counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID planId, long version) {
        estimates.cancel(planId, version);
    }

    public LedgerResponses.Estimate get(UUID planId) {
        LedgerResponses.Estimate estimate =
                estimates.find(planId).orElseThrow(() -> ProblemException.notFound("Plan estimate", planId));
        caller.requireVisible(estimate.currentProvinceCode(), "Plan estimate", planId);
        return estimate;
    }
}
