package vn.cnnt.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class VietnamClockProviderTest {

    record Decision(@PastOrPresent LocalDate signedOn) {}

    // 18:30 on the 23rd in UTC is 01:30 on the 24th in Hà Nội.
    private static final Clock SERVER = Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneOffset.UTC);

    @Test
    void aDecisionSignedThisMorningInVietnamIsNotInTheFutureWhateverTheServersZone() {
        Validator validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(new VietnamClockProvider(SERVER))
                .buildValidatorFactory()
                .getValidator();

        assertThat(validator.validate(new Decision(LocalDate.of(2026, 11, 24)))).isEmpty();
        assertThat(validator.validate(new Decision(LocalDate.of(2026, 11, 25)))).hasSize(1);
    }

    @Test
    void theServersOwnZoneWouldHaveRefusedIt() {
        Validator validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> SERVER)
                .buildValidatorFactory()
                .getValidator();

        assertThat(validator.validate(new Decision(LocalDate.of(2026, 11, 24)))).hasSize(1);
    }
}
