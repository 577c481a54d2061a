package vn.cnnt.plans.plan.api;

import java.util.List;
import java.util.UUID;
import vn.cnnt.plans.plan.FundingSource;
import vn.cnnt.plans.plan.PlanKind;
import vn.cnnt.plans.plan.PlanStatus;
import vn.cnnt.plans.plan.TaskCategory;

/** Data of the plan events on plans.events.v1: the plan's state after the change and its version. */
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
        List<Line> fundingLines) {

    public record Task(UUID id, String code, String title, TaskCategory category) {}

    public record Line(int year, FundingSource source, UUID taskId, long amountVnd) {}
}
