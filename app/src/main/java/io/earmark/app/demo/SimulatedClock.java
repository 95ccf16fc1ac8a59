package io.earmark.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's simulated time as a {@link Clock}, for what people do in the demo (case acts): its world lives in
 * 2024, so its triage does too. Before the scenario has started, the first instant of the scenario.
 */
final class SimulatedClock extends Clock {

    private static final Instant BEFORE_START = Instant.parse("2024-10-01T00:00:00Z");

    private final ScenarioClock clock;

    SimulatedClock(ScenarioClock clock) {
        this.clock = clock;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return clock.started() ? clock.now() : BEFORE_START;
    }
}
