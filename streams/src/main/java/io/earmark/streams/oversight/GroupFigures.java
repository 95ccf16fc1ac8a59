package io.earmark.streams.oversight;

import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.Severity;
import io.earmark.streams.cases.CaseFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one group of cases (all of a period's, one programme's, one financial organisation's). In: the
 * cases. Out: alerts by rule and severity, the money they put at risk (in all and by rule), cases by status and
 * resolution, the funds recovered, and the median times to triage and to resolution (over the cases triaged, the
 * cases resolved). Every map holds every enum constant, zeros included.
 *
 * @param key the programme's name or the financial organisation's id; null for the group of alerts without one
 *            (UNKNOWN_FUND) and for the period's total
 */
public record GroupFigures(String key, int alerts, Map<AlertRule, Map<Severity, Integer>> byRuleAndSeverity,
        long moneyAtRisk, Map<AlertRule, Long> moneyByRule, Map<CaseStatus, Integer> byStatus,
        Map<CaseResolution, Integer> byResolution, long recovered, int triaged, Long medianToTriageMillis,
        int resolved, Long medianToResolutionMillis) {

    static GroupFigures of(String key, List<CaseFile> cases) {
        Map<AlertRule, Map<Severity, Integer>> matrix = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            matrix.put(rule, zeros(Severity.class));
        }
        Map<AlertRule, Long> moneyByRule = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            moneyByRule.put(rule, 0L);
        }
        Map<CaseStatus, Integer> byStatus = zeros(CaseStatus.class);
        Map<CaseResolution, Integer> byResolution = zeros(CaseResolution.class);
        long money = 0;
        long recovered = 0;
        List<Long> toTriage = new ArrayList<>();
        List<Long> toResolution = new ArrayList<>();
        for (CaseFile c : cases) {
            matrix.get(AlertRule.valueOf(c.rule)).merge(Severity.valueOf(c.severity), 1, Integer::sum);
            money = Tiyn.plus("money at risk", money, c.amountAtRisk);
            moneyByRule.merge(AlertRule.valueOf(c.rule), c.amountAtRisk, (a, b) -> Tiyn.plus("money at risk", a, b));
            byStatus.merge(c.status, 1, Integer::sum);
            if (c.status == CaseStatus.RESOLVED && c.resolution != null) {
                byResolution.merge(c.resolution, 1, Integer::sum);
                if (c.resolution == CaseResolution.FUNDS_RECOVERED && c.recoveredAmount != null) {
                    recovered = Tiyn.plus("recovered funds", recovered, c.recoveredAmount);
                }
            }
            if (c.triagedAt != null) {
                toTriage.add(elapsed(c.openedAt, c.triagedAt));
            }
            if (c.resolvedAt != null) {
                toResolution.add(elapsed(c.openedAt, c.resolvedAt));
            }
        }
        matrix.replaceAll((rule, row) -> Collections.unmodifiableMap(row));
        return new GroupFigures(key, cases.size(), Collections.unmodifiableMap(matrix), money,
                Collections.unmodifiableMap(moneyByRule),
                Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byResolution), recovered,
                toTriage.size(), Durations.median(toTriage), toResolution.size(), Durations.median(toResolution));
    }

    /**
     * From the alert's detection (event time) to a person's act (wall-clock time). An act stamped before the
     * detection (event time ahead of the clock, as in a simulation of the future) counts as no time at all.
     */
    private static long elapsed(long openedAt, long actAt) {
        try {
            return Math.max(0, Math.subtractExact(actAt, openedAt));
        } catch (ArithmeticException e) {
            return actAt > openedAt ? Long.MAX_VALUE : 0;
        }
    }

    public Map<AlertRule, Integer> byRule() {
        Map<AlertRule, Integer> out = new EnumMap<>(AlertRule.class);
        byRuleAndSeverity.forEach((rule, row) -> out.put(rule,
                row.values().stream().mapToInt(Integer::intValue).sum()));
        return out;
    }

    public Map<Severity, Integer> bySeverity() {
        Map<Severity, Integer> out = zeros(Severity.class);
        byRuleAndSeverity.values().forEach(row -> row.forEach((severity, n) -> out.merge(severity, n, Integer::sum)));
        return out;
    }

    /** Cases not resolved yet (any status but RESOLVED). */
    public int open() {
        return alerts - byStatus.get(CaseStatus.RESOLVED);
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            map.put(constant, 0);
        }
        return map;
    }
}
