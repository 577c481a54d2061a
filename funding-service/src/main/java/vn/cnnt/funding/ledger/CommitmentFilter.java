package vn.cnnt.funding.ledger;

import java.util.UUID;

/** The filters of the commitment list; null means any. {@code q} is matched accent-insensitively, word by word. */
public record CommitmentFilter(
        UUID envelopeId, UUID beneficiaryId, ActivityType activityType, CommitmentStatus status, String q) {}
