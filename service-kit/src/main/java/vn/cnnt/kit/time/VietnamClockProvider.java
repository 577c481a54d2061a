package vn.cnnt.kit.time;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of {@code @PastOrPresent} and the other temporal constraints: Quarkus hands this bean to the
 * validator factory, so "not in the future" means not after today in Vietnam, not in the server's zone.
 */
@Singleton
public class VietnamClockProvider implements ClockProvider {

    private final Clock clock;

    public VietnamClockProvider() {
        this(Clock.systemUTC());
    }

    VietnamClockProvider(Clock base) {
        this.clock = base.withZone(VietnamTime.ZONE);
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
