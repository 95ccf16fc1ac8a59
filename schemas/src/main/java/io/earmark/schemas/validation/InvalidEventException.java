package io.earmark.schemas.validation;

/** An event broke a rule of {@link EventValidator}: the first violation's field and reason. */
public class InvalidEventException extends RuntimeException {
    private final String field;
    private final String reason;
    private final String code;

    public InvalidEventException(String field, String reason) {
        this(new Violation(field, reason));
    }

    public InvalidEventException(Violation violation) {
        super("invalid field \"" + violation.field() + "\": " + violation.reason());
        this.field = violation.field();
        this.reason = violation.reason();
        this.code = violation.code();
    }

    /** The dead-letter reason code: {@code INVALID_FIELD} or {@code OUT_OF_RANGE}. */
    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
