package vn.cnnt.kit.problem;

import java.util.List;

/** Thrown anywhere to answer with a problem response; nothing of the transaction it leaves commits. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                ProblemType.NOT_FOUND, what + " " + id + " does not exist or is not visible to you");
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
