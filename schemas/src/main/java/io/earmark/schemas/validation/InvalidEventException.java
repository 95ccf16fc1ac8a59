package io.earmark.schemas.validation;

/** An event broke a rule of {@link EventValidator}: the first violation's field and reason. */
public class InvalidEventException extends RuntimeException {
    private final String field;
    private final String reason;

    public InvalidEventException(String field, String reason) {
        super("invalid field \"" + field + "\": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
