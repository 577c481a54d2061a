package vn.cnnt.kit.web;

import java.util.Arrays;
import vn.cnnt.kit.problem.ProblemException;

/** Query parameters read by hand, so that a bad value is a 422 problem naming the parameter and its allowed values. */
public final class QueryParams {

    private QueryParams() {}

    /** The constant named {@code value}, or null without a value; any other name is refused. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw ProblemException.invalidField(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
}
