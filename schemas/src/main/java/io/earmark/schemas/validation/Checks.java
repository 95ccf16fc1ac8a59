package io.earmark.schemas.validation;

import io.earmark.schemas.validation.Violation.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects {@link Violation}s for one event; each method checks one field against its rules and {@link Bounds}. */
final class Checks {
    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    Checks requiredId(String field, String value) {
        if (value == null) {
            add(field, "must not be null");
        } else if (value.isBlank()) {
            add(field, "must not be blank");
        } else {
            shortEnough(field, value);
        }
        return this;
    }

    Checks optionalId(String field, String value) {
        if (value != null && value.isBlank()) {
            add(field, "must not be blank when present");
        } else if (value != null) {
            shortEnough(field, value);
        }
        return this;
    }

    /** A free string that may be null or blank, but not longer than an id may be. */
    Checks shortText(String field, String value) {
        if (value != null) {
            shortEnough(field, value);
        }
        return this;
    }

    Checks notNull(String field, Object value) {
        if (value == null) {
            add(field, "must not be null");
        }
        return this;
    }

    Checks eventTime(String field, Instant value) {
        if (value == null) {
            add(field, "must not be null");
        } else if (!Bounds.inEventTimeRange(value)) {
            outOfRange(field, "must be from " + Bounds.EARLIEST_EVENT_TIME + " to before " + Bounds.END_OF_EVENT_TIME
                    + ", was " + value);
        }
        return this;
    }

    /** An amount of money: more than 0 and at most {@link Bounds#MAX_MONEY}. */
    Checks positiveMoney(String field, long value) {
        if (value <= 0) {
            add(field, "must be > 0, was " + value);
        }
        return atMost(field, value, Bounds.MAX_MONEY);
    }

    /** A value of money: at least 0 and at most {@link Bounds#MAX_MONEY}. */
    Checks money(String field, long value) {
        nonNegative(field, value);
        return atMost(field, value, Bounds.MAX_MONEY);
    }

    Checks positive(String field, long value, long max) {
        if (value <= 0) {
            add(field, "must be > 0, was " + value);
        }
        return atMost(field, value, max);
    }

    Checks nonNegative(String field, long value, long max) {
        nonNegative(field, value);
        return atMost(field, value, max);
    }

    Checks between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            outOfRange(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return this;
    }

    Checks idList(String field, List<String> values, int maxSize) {
        if (values == null) {
            add(field, "must not be null (use an empty list)");
            return this;
        }
        if (values.size() > maxSize) {
            outOfRange(field, "must hold at most " + maxSize + " ids, held " + values.size());
            return this;
        }
        for (int i = 0; i < values.size(); i++) {
            requiredId(field + "[" + i + "]", values.get(i));
        }
        return this;
    }

    private void nonNegative(String field, long value) {
        if (value < 0) {
            add(field, "must be >= 0, was " + value);
        }
    }

    private Checks atMost(String field, long value, long max) {
        if (value > max) {
            outOfRange(field, "must be at most " + max + ", was " + value);
        }
        return this;
    }

    private void shortEnough(String field, String value) {
        if (value.length() > Bounds.MAX_ID_LENGTH) {
            outOfRange(field, "must be at most " + Bounds.MAX_ID_LENGTH + " characters, was " + value.length());
        }
    }

    private void add(String field, String reason) {
        violations.add(new Violation(field, reason, Kind.INVALID_FIELD));
    }

    private void outOfRange(String field, String reason) {
        violations.add(new Violation(field, reason, Kind.OUT_OF_RANGE));
    }
}
