package io.earmark.producers.simulate;

import java.time.Instant;
import java.util.List;

/**
 * A generated scenario: its events in event-time order (ties by creation order), the alerts the pipeline must
 * raise for it, and its end — the eventTime of the closing event, strictly after every deadline of every fund.
 */
public record Scenario(SimulationOptions options, List<ScenarioEvent> events, List<ExpectedAlert> expectedAlerts,
                       Instant end) {

    public Scenario {
        events = List.copyOf(events);
        expectedAlerts = List.copyOf(expectedAlerts);
    }
}
