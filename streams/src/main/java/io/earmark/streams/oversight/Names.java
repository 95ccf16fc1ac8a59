package io.earmark.streams.oversight;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Programme;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the report calls things: rules, programmes, groups without a key, enum constants, instants. */
final class Names {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Names() {
    }

    static String programme(String name) {
        if (name == null) {
            return "No programme (unknown fund)";
        }
        return switch (Programme.valueOf(name)) {
            case AUYL_AMANATY -> "Auyl Amanaty";
            case INVESTMENT_SUBSIDY -> "Investment subsidies";
            case MACHINERY_LEASING -> "Machinery leasing";
            case SEC_FUNDS -> "SEC funds";
        };
    }

    static String financialOrg(String id) {
        return id == null ? "None named (unknown fund)" : id;
    }

    static String rule(AlertRule rule) {
        return constant(rule.name());
    }

    /** {@code PENDING_APPROVAL} as {@code Pending approval}. */
    static String constant(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Epoch milliseconds as {@code 2024-10-03 14:05 UTC}. */
    static String minute(long epochMillis) {
        return MINUTE.format(Instant.ofEpochMilli(epochMillis));
    }
}
