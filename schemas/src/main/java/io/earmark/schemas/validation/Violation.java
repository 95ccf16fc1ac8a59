package io.earmark.schemas.validation;

/** One broken rule of an event: the field (path, e.g. {@code approvedSellers[2]}) and why, e.g. "must be > 0, was -5". */
public record Violation(String field, String reason) {
    @Override
    public String toString() {
        return field + " " + reason;
    }
}
