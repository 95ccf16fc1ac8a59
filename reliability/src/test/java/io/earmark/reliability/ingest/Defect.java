package io.earmark.reliability.ingest;

/**
 * What is wrong with one fuzzed input line, and the rejection reason ingest must give it: {@code INVALID_JSON} for a
 * line that is not a JSON object in UTF-8, {@code INVALID_FIELD} (naming the field) for one whose fields break the
 * format. {@link #NONE} is a good line.
 */
enum Defect {
    NONE(null),
    WRONG_TYPE("INVALID_FIELD"),
    UNKNOWN_ENUM("INVALID_FIELD"),
    HUGE_NUMBER("INVALID_FIELD"),
    MISSING_FIELD("INVALID_FIELD"),
    UNKNOWN_FIELD("INVALID_FIELD"),
    /** A valid timestamp far ahead of the wall clock: the broker would refuse it, with its whole produce batch. */
    FUTURE_TIME("INVALID_FIELD"),
    BROKEN_UTF8("INVALID_JSON"),
    TRUNCATED("INVALID_JSON");

    private final String reason;

    Defect(String reason) {
        this.reason = reason;
    }

    /** The dead-letter reason ingest must report, or null for a good line. */
    String reason() {
        return reason;
    }
}
