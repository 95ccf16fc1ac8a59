package io.earmark.streams.rules;

import io.earmark.streams.state.Deadline;
import java.util.List;

/** What one rule decided about one {@link FundEvent}: the alerts it raises and the deadlines it schedules. */
public record Verdict(List<AlertDraft> alerts, List<Deadline> deadlines) {
    private static final Verdict NONE = new Verdict(List.of(), List.of());

    public Verdict {
        alerts = List.copyOf(alerts);
        deadlines = List.copyOf(deadlines);
    }

    public static Verdict none() {
        return NONE;
    }

    public static Verdict alert(AlertDraft draft) {
        return new Verdict(List.of(draft), List.of());
    }

    public static Verdict schedule(Deadline... deadlines) {
        return new Verdict(List.of(), List.of(deadlines));
    }
}
