package vn.cnnt.funding.ledger;

import java.util.UUID;

/** One line of a plan's funding table: a year, or a period (fromYear..toYear) when year is null. */
public record PlanEstimateLine(
        UUID taskId, FundingSource source, Integer year, Integer fromYear, Integer toYear, long amountVnd) {}
