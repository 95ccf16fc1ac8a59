package io.earmark.streams.replay;

import io.earmark.schema.FundAlert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changes when the same slice runs under other rules. In: the alerts of the baseline (the live rules) and of the
 * what-if run. Out: alerts that appear, disappear, or change. Two alerts are the same alert when their alertIds are
 * equal; an alert of one run whose id has no partner is paired, if it can be, with one of the same rule, fund,
 * severity and counterparty in the other run (e.g. a kickback that a lower share threshold detects on an earlier
 * transfer): that is a change of trigger, not a new alert. The rule version is not compared (it differs by design).
 */
public record AlertDiff(List<FundAlert> appeared, List<FundAlert> disappeared, List<Change> changed) {

    /** One alert in both runs with different content: the fields that differ, in schema order. */
    public record Change(FundAlert before, FundAlert after, List<String> fields) {
    }

    private static final List<String> COMPARED = List.of("alertId", "severity", "counterpartyId", "amountAtRisk",
            "detectedAt", "message", "evidence");

    public AlertDiff {
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty();
    }

    public static AlertDiff between(List<FundAlert> baseline, List<FundAlert> whatIf) {
        Map<String, FundAlert> before = byId(baseline);
        Map<String, FundAlert> after = byId(whatIf);
        List<Change> changed = new ArrayList<>();
        for (String id : List.copyOf(before.keySet())) {
            FundAlert match = after.remove(id);
            if (match != null) {
                FundAlert old = before.remove(id);
                List<String> fields = differences(old, match);
                if (!fields.isEmpty()) {
                    changed.add(new Change(old, match, fields));
                }
            }
        }
        pairByTrigger(before, after, changed);
        changed.sort(Comparator.comparing((Change c) -> c.after().getDetectedAt())
                .thenComparing(c -> c.after().getAlertId()));
        return new AlertDiff(sorted(after), sorted(before), changed);
    }

    /** Left-over alerts of the same rule, fund, severity and counterparty, paired in detectedAt order. */
    private static void pairByTrigger(Map<String, FundAlert> before, Map<String, FundAlert> after,
                                      List<Change> changed) {
        Function<FundAlert, List<Object>> kind = a -> List.of(a.getRule(), a.getFundId(), a.getSeverity(),
                String.valueOf(a.getCounterpartyId()));
        for (FundAlert old : sorted(before)) {
            sorted(after).stream().filter(a -> kind.apply(a).equals(kind.apply(old))).findFirst().ifPresent(match -> {
                before.remove(old.getAlertId());
                after.remove(match.getAlertId());
                changed.add(new Change(old, match, differences(old, match)));
            });
        }
    }

    static List<String> differences(FundAlert a, FundAlert b) {
        List<String> fields = new ArrayList<>();
        for (String field : COMPARED) {
            int pos = FundAlert.getClassSchema().getField(field).pos();
            if (!Objects.equals(a.get(pos), b.get(pos))) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Map<String, FundAlert> byId(List<FundAlert> alerts) {
        Map<String, FundAlert> map = new LinkedHashMap<>();
        alerts.forEach(a -> map.put(a.getAlertId(), a));
        return map;
    }

    private static List<FundAlert> sorted(Map<String, FundAlert> alerts) {
        return alerts.values().stream().sorted(AlertOrder.FILE_ORDER).toList();
    }
}
