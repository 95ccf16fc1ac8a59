package io.earmark.streams.api;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many alerts were raised, in all and by rule and severity: {@code GET /api/alerts/counts}, summed over the
 * instances' recent-alerts stores.
 */
record AlertCounts(long total, Map<String, Long> byRule, Map<String, Long> bySeverity) {

    static AlertCounts none() {
        return new AlertCounts(0, new TreeMap<>(), new TreeMap<>());
    }

    AlertCounts count(String rule, String severity) {
        Map<String, Long> rules = new TreeMap<>(byRule);
        Map<String, Long> severities = new TreeMap<>(bySeverity);
        rules.merge(rule, 1L, Long::sum);
        severities.merge(severity, 1L, Long::sum);
        return new AlertCounts(total + 1, rules, severities);
    }

    AlertCounts plus(AlertCounts other) {
        Map<String, Long> rules = new TreeMap<>(byRule);
        Map<String, Long> severities = new TreeMap<>(bySeverity);
        other.byRule.forEach((k, v) -> rules.merge(k, v, Long::sum));
        other.bySeverity.forEach((k, v) -> severities.merge(k, v, Long::sum));
        return new AlertCounts(total + other.total, rules, severities);
    }
}
