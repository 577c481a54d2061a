package vn.cnnt.plans.progress.api;

import java.util.UUID;

/** A project's money by stage after a funding event (totals after the event, not deltas). */
public record ProjectChange(
        UUID projectId,
        UUID planId,
        UUID taskId,
        String source,
        Integer year,
        String status,
        long committedVnd,
        long disbursedVnd,
        long acceptedVnd,
        long settledVnd,
        long counterpartVnd,
        long otherVnd,
        long version) {}
