package vn.cnnt.kit.outbox;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the relay when a transaction with events commits, so events do not wait for a poll tick. */
@Singleton
public class OutboxSignal {

    private final Semaphore pending = new Semaphore(0);

    void wake() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /** Waits for a wake-up or the timeout; returns at once when a wake-up is already pending. */
    void await(Duration timeout) throws InterruptedException {
        if (pending.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            pending.drainPermits();
        }
    }
}
