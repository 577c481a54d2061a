package vn.cnnt.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the suite refuses (a control character in text, an implausible date): a 422
 * {@code validation-failed} naming the field, where a wrong type is a 400.
 */
public class RefusedValueException extends MismatchedInputException {

    private final String reason;

    public RefusedValueException(JsonParser parser, String reason) {
        super(parser, reason, (Class<?>) null);
        this.reason = reason;
    }

    /** Why the value is refused, without the field (which is the exception's path). */
    public String reason() {
        return reason;
    }
}
