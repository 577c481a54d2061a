package vn.cnnt.plans.plan;

import java.util.Set;

/**
 * DRAFT → SUBMITTED (tờ trình) → APPROVED (ban hành) → COMPLETED; CANCELLED from any state before completion;
 * SUPERSEDED when an approved plan is replaced by another document (văn bản thay thế).
 */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    COMPLETED,
    CANCELLED,
    SUPERSEDED;

    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> Set.of(APPROVED, CANCELLED);
            case APPROVED -> Set.of(COMPLETED, CANCELLED, SUPERSEDED);
            case COMPLETED, CANCELLED, SUPERSEDED -> Set.of();
        };
    }
}
