package vn.cnnt.kit.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;

/**
 * Sums of money that never wrap. In SQL, {@code sum(bigint)} is NUMERIC (exact): read it with {@link #exact}, never
 * with {@code Number.longValue()}, which truncates silently. In Java, add with {@link #add}. A sum past
 * {@code Long.MAX_VALUE} is a {@code sum-out-of-range} problem, never a wrapped or negative figure.
 */
public final class Sums {

    public static final ProblemType SUM_OUT_OF_RANGE =
            new ProblemType("sum-out-of-range", 422, "A sum of figures is out of range");

    private Sums() {}

    /** A SQL sum (NUMERIC, BigInteger or bigint; null for no rows) as an exact {@code long} of đồng. */
    public static long exact(Object sqlSum, String what) {
        if (sqlSum == null) {
            return 0;
        }
        try {
            return switch (sqlSum) {
                case Long l -> l;
                case Integer i -> i;
                case BigDecimal d -> d.longValueExact();
                case BigInteger b -> b.longValueExact();
                case Number n -> new BigDecimal(n.toString()).longValueExact();
                default -> throw new IllegalArgumentException(what + " is not a number: " + sqlSum);
            };
        } catch (ArithmeticException e) {
            throw outOfRange(what);
        }
    }

    /** {@code a + b}, exactly. */
    public static long add(long a, long b, String what) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw outOfRange(what);
        }
    }

    private static ProblemException outOfRange(String what) {
        return SUM_OUT_OF_RANGE.exception(
                "The sum " + what + " exceeds what a figure in đồng can hold; nothing was changed");
    }
}
