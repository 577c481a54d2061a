package vn.cnnt.plans.progress.api;

import java.util.UUID;

/** The state of a commitment after a funding event (approved, cancelled, settled, disbursement recorded). */
public record CommitmentChange(
        UUID commitmentId,
        UUID planId,
        UUID taskId,
        String source,
        Integer year,
        String status,
        long committedVnd,
        long disbursedVnd,
        long version) {}
