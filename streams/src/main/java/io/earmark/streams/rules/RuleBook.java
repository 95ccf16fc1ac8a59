package io.earmark.streams.rules;

import io.earmark.schema.Programme;
import java.util.EnumMap;
import java.util.Map;

/** A versioned set of thresholds: defaults plus per-programme overrides. Every alert names the version. */
public record RuleBook(String version, Thresholds defaults, Map<Programme, Thresholds> overrides) {

    public RuleBook {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a rule book needs a version");
        }
        overrides = overrides.isEmpty() ? Map.of() : new EnumMap<>(overrides);
    }

    /** The thresholds of DESIGN.md, as shipped in {@code earmark/rules.yaml}. */
    public static RuleBook shipped() {
        return RuleBookLoader.fromClasspath("earmark/rules.yaml");
    }

    public Thresholds forProgramme(Programme programme) {
        return programme == null ? defaults : overrides.getOrDefault(programme, defaults);
    }
}
