package vn.cnnt.plans.progress.api;

import java.util.UUID;

/** An allocation's total after a decision (giao or điều chỉnh dự toán) that names a plan. */
public record AllocationChange(
        UUID allocationId, UUID planId, String source, int year, long allocatedVnd, long version) {}
