package io.earmark.streams.rules;

import io.earmark.schema.Programme;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * A versioned set of thresholds: defaults plus per-programme overrides. Every alert names the version. Beside the
 * thresholds, one global setting that changes no alert: how long, in event time, the core keeps an alert in its
 * {@code recent-alerts} store for the HTTP API (the alerts topic keeps every alert).
 *
 * @param recentAlertsRetentionDays an alert leaves {@code recent-alerts} once event time is more than this many days
 *                                  past its detectedAt
 */
public record RuleBook(String version, Thresholds defaults, Map<Programme, Thresholds> overrides,
                       int recentAlertsRetentionDays) {

    /** Three years: longer than any deadline of the rules, so that only old alerts leave the store. */
    public static final int DEFAULT_RECENT_ALERTS_RETENTION_DAYS = 1_095;

    public RuleBook {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a rule book needs a version");
        }
        if (recentAlertsRetentionDays <= 0) {
            throw new IllegalArgumentException("recentAlertsRetentionDays must be positive, got "
                    + recentAlertsRetentionDays);
        }
        overrides = overrides.isEmpty() ? Map.of() : new EnumMap<>(overrides);
    }

    /** A rule book that keeps recent alerts for the default retention. */
    public RuleBook(String version, Thresholds defaults, Map<Programme, Thresholds> overrides) {
        this(version, defaults, overrides, DEFAULT_RECENT_ALERTS_RETENTION_DAYS);
    }

    /** The thresholds of DESIGN.md, as shipped in {@code earmark/rules.yaml}. */
    public static RuleBook shipped() {
        return RuleBookLoader.fromClasspath("earmark/rules.yaml");
    }

    public Thresholds forProgramme(Programme programme) {
        return programme == null ? defaults : overrides.getOrDefault(programme, defaults);
    }

    /** This rule book with another retention of recent alerts; the thresholds and the version stay. */
    public RuleBook withRecentAlertsRetentionDays(int days) {
        return new RuleBook(version, defaults, overrides, days);
    }

    /** How long past its detectedAt, in event time, an alert stays in {@code recent-alerts}. */
    public Duration recentAlertsRetention() {
        return Duration.ofDays(recentAlertsRetentionDays);
    }
}
