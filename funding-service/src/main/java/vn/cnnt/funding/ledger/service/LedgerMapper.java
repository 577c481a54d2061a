package vn.cnnt.funding.ledger.service;

import jakarta.inject.Singleton;
import vn.cnnt.funding.ledger.Commitment;
import vn.cnnt.funding.ledger.Envelope;
import vn.cnnt.funding.ledger.api.FundingEventData;
import vn.cnnt.funding.ledger.api.LedgerViews;

@Singleton
public class LedgerMapper {

    public LedgerViews.EnvelopeView view(Envelope e) {
        return new LedgerViews.EnvelopeView(
                e.id,
                e.version,
                e.provinceCode,
                e.currentProvinceCode,
                e.planId,
                e.fiscalYear,
                e.source,
                e.budgetVnd,
                e.committedVnd,
                e.disbursedVnd,
                e.availableVnd(),
                e.frozen,
                e.decisionNumber);
    }

    public LedgerViews.CommitmentView view(Commitment c, Envelope e) {
        return new LedgerViews.CommitmentView(
                c.id,
                c.version,
                c.envelopeId,
                e.planId,
                c.planTaskId,
                c.beneficiaryId,
                c.activityType,
                c.productId,
                c.clusterId,
                c.title,
                c.eligibleCostVnd,
                c.supportVnd,
                c.disbursedVnd,
                c.settledVnd,
                c.status,
                c.decisionNumber,
                c.decisionDate,
                e.source,
                e.fiscalYear);
    }

    public FundingEventData event(Envelope e, long amountVnd) {
        return new FundingEventData(
                e.id,
                e.planId,
                null,
                e.fiscalYear,
                e.source.name(),
                e.provinceCode,
                e.currentProvinceCode,
                null,
                null,
                null,
                null,
                null,
                e.frozen ? "FROZEN" : "OPEN",
                amountVnd,
                e.budgetVnd,
                e.committedVnd,
                e.disbursedVnd,
                null,
                e.version);
    }

    /** Commitment events carry the commitment's own totals and version (consumers keep one row per commitment). */
    public FundingEventData event(Commitment c, Envelope e, long amountVnd) {
        long committed = switch (c.status) {
            case APPROVED -> c.supportVnd;
            case SETTLED -> c.settledVnd;
            default -> 0;
        };
        return new FundingEventData(
                e.id,
                e.planId,
                c.planTaskId,
                e.fiscalYear,
                e.source.name(),
                e.provinceCode,
                e.currentProvinceCode,
                c.id,
                c.beneficiaryId,
                c.activityType.name(),
                c.productId,
                c.clusterId,
                c.status.name(),
                amountVnd,
                e.budgetVnd,
                committed,
                c.disbursedVnd,
                c.decisionDate,
                c.version);
    }
}
