package io.earmark.streams.rules;

import io.earmark.schema.Programme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a rules file:
 * <pre>
 * version: "2024.1"
 * recentAlertsRetentionDays: 1095
 * defaults: {kickbackWindowDays: 30, kickbackShareBps: 3000, ...}
 * programmes:
 *   INVESTMENT_SUBSIDY: {assetValueShareBps: 9500}
 * </pre>
 * A programme's entry overrides only the keys it names. Unknown keys and programmes are errors. The global settings
 * ({@link #GLOBAL_SETTINGS}) sit at the top level, beside the version: one named under {@code defaults} or a
 * programme is an error that says where it belongs. A missing global setting takes its default.
 */
public final class RuleBookLoader {

    static final String RECENT_ALERTS_RETENTION_DAYS = "recentAlertsRetentionDays";
    /** Settings of the whole pipeline, not of a programme's rules. */
    static final java.util.Set<String> GLOBAL_SETTINGS = java.util.Set.of(RECENT_ALERTS_RETENTION_DAYS);

    private RuleBookLoader() {
    }

    public static RuleBook fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules file " + file, e);
        }
    }

    static RuleBook fromClasspath(String resource) {
        try (InputStream in = RuleBookLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rules resource " + resource + " is missing");
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleBook parse(InputStream in, String source) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (root == null) {
            throw new IllegalArgumentException(source + ": empty rules file");
        }
        Object version = root.get("version");
        if (version == null) {
            throw new IllegalArgumentException(source + ": missing 'version'");
        }
        Thresholds defaults = merge(Thresholds.DESIGN_DEFAULTS, section(root, "defaults", source), source,
                "defaults");
        Map<Programme, Thresholds> overrides = new EnumMap<>(Programme.class);
        section(root, "programmes", source).forEach((name, value) -> {
            Programme programme;
            try {
                programme = Programme.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": unknown programme '" + name + "'");
            }
            overrides.put(programme, merge(defaults, asMap(value, source + ": programmes." + name), source,
                    "programmes." + name));
        });
        int retentionDays = intOr(root, RECENT_ALERTS_RETENTION_DAYS,
                RuleBook.DEFAULT_RECENT_ALERTS_RETENTION_DAYS, source);
        if (retentionDays <= 0) {
            throw new IllegalArgumentException(source + ": '" + RECENT_ALERTS_RETENTION_DAYS
                    + "' must be a positive number of days, got " + retentionDays);
        }
        return new RuleBook(version.toString(), defaults, overrides, retentionDays);
    }

    private static Map<String, Object> section(Map<String, Object> root, String key, String source) {
        Object value = root.get(key);
        return value == null ? Map.of() : asMap(value, source + ": " + key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(where + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    /** The thresholds of {@code section} ("defaults", "programmes.SEC_FUNDS"): {@code base} with its values. */
    private static Thresholds merge(Thresholds base, Map<String, Object> values, String source, String section) {
        for (String key : values.keySet()) {
            if (GLOBAL_SETTINGS.contains(key)) {
                throw new IllegalArgumentException(source + ": '" + key + "' in " + section + " is a global setting,"
                        + " not a per-programme threshold: set it once at the top level of the rules file, beside"
                        + " 'version'");
            }
            if (!java.util.Set.of("kickbackWindowDays", "kickbackShareBps", "assetValueShareBps",
                    "unknownFundHoldHours", "idleEscalationFactor").contains(key)) {
                throw new IllegalArgumentException(source + ": unknown threshold '" + key + "'");
            }
        }
        return new Thresholds(
                intOr(values, "kickbackWindowDays", base.kickbackWindowDays(), source),
                intOr(values, "kickbackShareBps", base.kickbackShareBps(), source),
                intOr(values, "assetValueShareBps", base.assetValueShareBps(), source),
                intOr(values, "unknownFundHoldHours", base.unknownFundHoldHours(), source),
                intOr(values, "idleEscalationFactor", base.idleEscalationFactor(), source));
    }

    private static int intOr(Map<String, Object> values, String key, int fallback, String source) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Integer i)) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be an integer, got " + value);
        }
        return i;
    }
}
