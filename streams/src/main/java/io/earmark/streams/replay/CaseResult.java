package io.earmark.streams.replay;

import java.time.Instant;
import java.util.Set;

/**
 * A finished case: what was replayed ({@code input}: the events as published and the end instant; {@code from}: the
 * start of a topic slice, null for files), the funds the investigator asked for (empty: none in particular), the run
 * under the case's rules, and for a what-if case the baseline run under the live rules and the differences.
 */
public record CaseResult(CaseSpec spec, String source, Instant from, ReplayInput input, Set<String> selectedFunds,
                         RunResult run, RunResult baseline, AlertDiff diff) {

    public CaseResult {
        selectedFunds = Set.copyOf(selectedFunds);
    }

    public boolean whatIf() {
        return baseline != null;
    }
}
