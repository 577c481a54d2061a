package vn.cnnt.kit.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** Whether this request's answer is a replay of an earlier one (the resource layer says so in a header). */
@RequestScoped
public class IdempotencyOutcome {

    private boolean replayed;

    void replayed() {
        replayed = true;
    }

    public boolean isReplayed() {
        return replayed;
    }
}
