package vn.cnnt.funding.ledger.api;

import java.time.LocalDate;
import java.util.UUID;

/** Data of the events on funding.events.v1 (schemas in META-INF/events: allocation-event, project-event). */
public final class FundingEvents {

    private FundingEvents() {}

    /** vn.cnnt.funding.allocation.{decided,adjusted}.v1: the allocation's totals after the decision. */
    public record AllocationEventData(
            UUID allocationId,
            UUID planId,
            int year,
            String source,
            String provinceCode,
            String currentProvinceCode,
            String decidedBy,
            String decisionNumber,
            LocalDate decisionDate,
            long amountVnd,
            long allocatedVnd,
            long committedVnd,
            long disbursedVnd,
            long version) {}

    /** vn.cnnt.funding.project.*.v1: the project's budget lines and running figures after the step. */
    public record ProjectEventData(
            UUID projectId,
            UUID allocationId,
            UUID planId,
            UUID taskId,
            int year,
            String source,
            String provinceCode,
            String currentProvinceCode,
            UUID beneficiaryId,
            String activityType,
            UUID productId,
            UUID clusterId,
            String status,
            long amountVnd,
            long supportVnd,
            long counterpartVnd,
            long otherVnd,
            long totalCostVnd,
            long committedVnd,
            long disbursedVnd,
            long acceptedVnd,
            long settledVnd,
            String disbursementKind,
            String documentNumber,
            LocalDate documentDate,
            String decidedBy,
            long version) {}
}
