package io.earmark.streams.replay;

import io.earmark.schema.FundAlert;
import io.earmark.streams.state.FundLedger;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one pipeline run of a replay produced: the version of the rules it ran, its committed alerts in
 * {@link AlertOrder}, the ledgers asked for (by fundId), and how long the pipeline took from start to done.
 */
public record RunResult(String ruleVersion, List<FundAlert> alerts, Map<String, FundLedger> ledgers, Duration took) {

    public RunResult {
        alerts = List.copyOf(alerts);
        ledgers = Collections.unmodifiableMap(new TreeMap<>(ledgers));
    }
}
