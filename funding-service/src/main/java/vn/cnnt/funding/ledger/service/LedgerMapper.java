package vn.cnnt.funding.ledger.service;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import vn.cnnt.funding.ledger.Allocation;
import vn.cnnt.funding.ledger.Project;
import vn.cnnt.funding.ledger.api.FundingEvents;
import vn.cnnt.funding.ledger.api.LedgerResponses;

@Singleton
public class LedgerMapper {

    public LedgerResponses.AllocationResponse view(Allocation a) {
        return new LedgerResponses.AllocationResponse(
                a.id,
                a.version,
                a.provinceCode,
                a.currentProvinceCode,
                a.planId,
                a.fiscalYear,
                a.source,
                a.decidedBy,
                a.decisionNumber,
                a.decisionDate,
                a.allocatedVnd,
                a.committedVnd,
                a.disbursedVnd,
                a.availableVnd(),
                a.frozen,
                a.origin);
    }

    public LedgerResponses.ProjectResponse view(Project p) {
        return new LedgerResponses.ProjectResponse(
                p.id,
                p.version,
                p.status,
                p.source,
                p.fiscalYear,
                p.requestedYear,
                p.registeredOn,
                p.provinceCode,
                p.currentProvinceCode,
                p.planId,
                p.planTaskId,
                p.allocationId,
                p.implementingUnit,
                p.beneficiaryId,
                p.activityType,
                p.productId,
                p.clusterId,
                p.title,
                p.content,
                p.place,
                p.startsOn,
                p.endsOn,
                p.expectedOutputs,
                p.deliveredOutputs,
                new LedgerResponses.Budget(p.supportVnd, p.counterpartVnd, p.otherVnd, p.totalCostVnd),
                p.committedVnd(),
                p.disbursedVnd,
                p.acceptedVnd,
                p.settledVnd,
                p.centrallyAppraised,
                p.decisionNumber,
                p.decisionDate);
    }

    public FundingEvents.AllocationEventData event(
            Allocation a, long amountVnd, String decisionNumber, LocalDate decisionDate) {
        return new FundingEvents.AllocationEventData(
                a.id,
                a.planId,
                a.fiscalYear,
                a.source.name(),
                a.provinceCode,
                a.currentProvinceCode,
                a.decidedBy,
                decisionNumber,
                decisionDate,
                amountVnd,
                a.allocatedVnd,
                a.committedVnd,
                a.disbursedVnd,
                a.version);
    }

    /** Project events carry the project's own figures and version (consumers keep one row per project). */
    public FundingEvents.ProjectEventData event(
            Project p,
            long amountVnd,
            String disbursementKind,
            String documentNumber,
            LocalDate documentDate,
            String decidedBy) {
        return new FundingEvents.ProjectEventData(
                p.id,
                p.allocationId,
                p.planId,
                p.planTaskId,
                p.fiscalYear,
                p.source.name(),
                p.provinceCode,
                p.currentProvinceCode,
                p.beneficiaryId,
                p.activityType.name(),
                p.productId,
                p.clusterId,
                p.status.name(),
                amountVnd,
                p.supportVnd,
                p.counterpartVnd,
                p.otherVnd,
                p.totalCostVnd,
                p.committedVnd(),
                p.disbursedVnd,
                p.acceptedVnd,
                p.settledVnd == null ? 0 : p.settledVnd,
                disbursementKind,
                documentNumber,
                documentDate,
                decidedBy,
                p.version);
    }
}
