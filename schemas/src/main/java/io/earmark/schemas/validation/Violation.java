package io.earmark.schemas.validation;

/**
 * One broken rule of an event: the field (path, e.g. {@code approvedSellers[2]}), why (e.g. "must be > 0, was -5"),
 * and its kind, whose name is the dead-letter reason code.
 */
public record Violation(String field, String reason, Kind kind) {

    /** What kind of rule was broken; the names are the reason codes on {@code earmark.deadletter.v1}. */
    public enum Kind {
        /** A value the contract forbids: null, blank, negative, ... */
        INVALID_FIELD,
        /** A well-formed value beyond one of the {@link Bounds}. */
        OUT_OF_RANGE
    }

    /** A broken rule of the {@link Kind#INVALID_FIELD} kind. */
    public Violation(String field, String reason) {
        this(field, reason, Kind.INVALID_FIELD);
    }

    /** The dead-letter reason code: the kind's name. */
    public String code() {
        return kind.name();
    }

    /** The detail sentence written beside the reason code, e.g. {@code field "amount": must be > 0, was -5}. */
    public String detail() {
        return "field \"" + field + "\": " + reason;
    }

    @Override
    public String toString() {
        return field + " " + reason;
    }
}
