package vn.cnnt.plans.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cnnt.plans.plan.FundingSource;
import vn.cnnt.plans.plan.OtherProgramme;
import vn.cnnt.plans.plan.PlanKind;
import vn.cnnt.plans.plan.PlanStatus;
import vn.cnnt.plans.plan.TaskCategory;

/**
 * Data of the plan events on plans.events.v1: the plan's state after the change and its version. The funding table
 * is published as an estimate (dự kiến): it is never spendable money, which only an allocation decision creates.
 */
public record PlanEventData(
        UUID planId,
        long version,
        PlanKind kind,
        String documentNumber,
        String title,
        String provinceCode,
        String currentProvinceCode,
        PlanStatus status,
        int periodFrom,
        int periodTo,
        int amendmentCount,
        List<Task> tasks,
        List<Line> fundingLines,
        String issuingAuthority,
        LocalDate issuedOn,
        String decisionNumber,
        String implementingUnit,
        UUID parentPlanId,
        List<LegalBasis> legalBases,
        Supersession supersededBy,
        Estimate estimate) {

    public record Task(
            UUID id,
            String code,
            String title,
            TaskCategory category,
            String leadAgency,
            String implementingUnit,
            List<LegalBasis> legalBases) {}

    /** year null: for the whole period (yearFrom–yearTo is then the plan's period). */
    public record Line(
            Integer year,
            FundingSource source,
            UUID taskId,
            long amountVnd,
            int yearFrom,
            int yearTo,
            OtherProgramme programme,
            String programmeName) {}

    public record LegalBasis(String documentNumber, LocalDate issuedOn, String title) {}

    public record Supersession(UUID planId, String documentNumber, LocalDate supersededOn) {}

    /**
     * The estimate summed per source and per year (or whole period): what funding-service shows as the estimate stage.
     * Sums are exact; each sum of at most 2 000 lines of at most 10^15 đồng fits a 64-bit integer.
     */
    public record Estimate(long totalVnd, List<SourceTotal> bySource, List<EstimateLine> lines) {}

    public record SourceTotal(FundingSource source, long amountVnd) {}

    public record EstimateLine(FundingSource source, Integer year, int yearFrom, int yearTo, long amountVnd) {}
}
