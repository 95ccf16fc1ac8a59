package io.earmark.reliability.ingest;

/**
 * What is wrong with one fuzzed input line, and the rejection reason ingest must give it: {@code INVALID_JSON} for a
 * line that is not a JSON object in UTF-8, {@code INVALID_FIELD} (naming the field) for one whose fields break the
 * format, {@code OUT_OF_RANGE} for a well-formed value beyond the contract's bounds. {@link #NONE} is a good line.
 */
enum Defect {
    NONE(null),
    WRONG_TYPE("INVALID_FIELD"),
    UNKNOWN_ENUM("INVALID_FIELD"),
    HUGE_NUMBER("INVALID_FIELD"),
    MISSING_FIELD("INVALID_FIELD"),
    UNKNOWN_FIELD("INVALID_FIELD"),
    /**
     * A valid timestamp ahead of the wall clock but inside the contract's range: the broker would refuse it, with its
     * whole produce batch.
     */
    FUTURE_TIME("INVALID_FIELD"),
    /** A timestamp at or past 2100-01-01, the end of the contract's event-time range. */
    TIME_OUT_OF_RANGE("OUT_OF_RANGE"),
    /** A well-formed amount or value past 10^14 tiyn. */
    MONEY_OUT_OF_RANGE("OUT_OF_RANGE"),
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
