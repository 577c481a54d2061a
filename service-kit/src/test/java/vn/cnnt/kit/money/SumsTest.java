package vn.cnnt.kit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.problem.ProblemException;

class SumsTest {

    @Test
    void shouldReadASqlSumExactly() {
        assertThat(Sums.exact(new BigDecimal("2000000000000000"), "of capital")).isEqualTo(2_000_000_000_000_000L);
        assertThat(Sums.exact(BigInteger.valueOf(5), "of x")).isEqualTo(5);
        assertThat(Sums.exact(7L, "of x")).isEqualTo(7);
        assertThat(Sums.exact(null, "of x")).isZero();
    }

    @Test
    void shouldRefuseASumPastTheRangeOfAFigureRatherThanWrapIt() {
        // Number.longValue() would have made this −2: the reported corruption.
        BigDecimal wrapped = new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.valueOf(2));
        assertThat(wrapped.longValue()).isNegative();
        assertThatThrownBy(() -> Sums.exact(wrapped, "of capital"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(Sums.SUM_OUT_OF_RANGE));
        assertThatThrownBy(() -> Sums.exact(new BigDecimal("1.5"), "of capital"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldAddExactly() {
        assertThat(Sums.add(Vnd.MAX, Vnd.MAX, "of x")).isEqualTo(2 * Vnd.MAX);
        assertThatThrownBy(() -> Sums.add(Long.MAX_VALUE, 1, "of x")).isInstanceOf(ProblemException.class);
    }
}
