package io.earmark.schemas.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects {@link Violation}s for one event; each method checks one field against one rule. */
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
        }
        return this;
    }

    Checks optionalId(String field, String value) {
        if (value != null && value.isBlank()) {
            add(field, "must not be blank when present");
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
        } else if (!value.isAfter(Instant.EPOCH)) {
            add(field, "must be after " + Instant.EPOCH + ", was " + value);
        }
        return this;
    }

    Checks positive(String field, long value) {
        if (value <= 0) {
            add(field, "must be > 0, was " + value);
        }
        return this;
    }

    Checks nonNegative(String field, long value) {
        if (value < 0) {
            add(field, "must be >= 0, was " + value);
        }
        return this;
    }

    Checks between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return this;
    }

    Checks idList(String field, List<String> values) {
        if (values == null) {
            add(field, "must not be null (use an empty list)");
            return this;
        }
        for (int i = 0; i < values.size(); i++) {
            requiredId(field + "[" + i + "]", values.get(i));
        }
        return this;
    }

    private void add(String field, String reason) {
        violations.add(new Violation(field, reason));
    }
}
