package io.earmark.streams.replay;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall per rule of a run's alerts against a ground truth of (rule, fundId, amountAtRisk) triples.
 * An alert is a true positive when an unmatched expected triple equals it; each expected triple matches once.
 */
public final class DetectionQuality {

    /** One expected alert of the ground truth. */
    public record Expected(AlertRule rule, String fundId, long amountAtRisk) {
    }

    /** Counts and ratios for one rule. A ratio with nothing to divide by is 1.0. */
    public record RuleScore(AlertRule rule, int expected, int raised, int truePositives) {
        public double precision() {
            return raised == 0 ? 1.0 : (double) truePositives / raised;
        }

        public double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }
    }

    private final Map<AlertRule, RuleScore> scores;

    private DetectionQuality(Map<AlertRule, RuleScore> scores) {
        this.scores = scores;
    }

    public static DetectionQuality score(List<Expected> truth, List<FundAlert> alerts) {
        Map<Expected, Integer> unmatched = new HashMap<>();
        truth.forEach(e -> unmatched.merge(e, 1, Integer::sum));
        Map<AlertRule, int[]> counts = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            counts.put(rule, new int[3]);
        }
        truth.forEach(e -> counts.get(e.rule())[0]++);
        for (FundAlert alert : alerts) {
            int[] c = counts.get(alert.getRule());
            c[1]++;
            Expected key = new Expected(alert.getRule(), alert.getFundId(), alert.getAmountAtRisk());
            Integer left = unmatched.get(key);
            if (left != null && left > 0) {
                unmatched.put(key, left - 1);
                c[2]++;
            }
        }
        Map<AlertRule, RuleScore> scores = new EnumMap<>(AlertRule.class);
        counts.forEach((rule, c) -> scores.put(rule, new RuleScore(rule, c[0], c[1], c[2])));
        return new DetectionQuality(scores);
    }

    public List<RuleScore> scores() {
        return new ArrayList<>(scores.values());
    }

    public boolean perfect() {
        return scores.values().stream().allMatch(s -> s.precision() == 1.0 && s.recall() == 1.0);
    }

    /** A plain-text table: one row per rule with expected, raised, true positives, precision, recall. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-22s %8s %8s %8s %9s %7s%n", "rule", "expected",
                "raised", "matched", "precision", "recall"));
        for (RuleScore s : scores.values()) {
            out.append(String.format("%-22s %8d %8d %8d %9.3f %7.3f%n", s.rule(), s.expected(), s.raised(),
                    s.truePositives(), s.precision(), s.recall()));
        }
        return out.toString();
    }
}
