package io.earmark.app.demo;

import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The scenarios the demo plays, one round after another on one continuous simulated timeline. In: the simulator's
 * settings and the wall clock. Out: round k (0-based), generated from seed + k and starting the day after round
 * k − 1 ended (the first on 2024-10-01), its fund ids renumbered by {@link FundIds} so that no round reuses another's.
 * Every deadline of a round lies before its end, so nothing is pending when the next one starts. The rounds stop
 * where the next one would reach the present: a broker refuses record timestamps in the future.
 */
public final class DemoRounds {

    private final int funds;
    private final long seed;
    private final int days;
    private final double fraudRate;
    private final Clock wallClock;
    private Instant nextStart = SimulationOptions.DEFAULT_START;
    private int round;

    public DemoRounds(int funds, long seed, int days, double fraudRate, Clock wallClock) {
        this.funds = funds;
        this.seed = seed;
        this.days = days;
        this.fraudRate = fraudRate;
        this.wallClock = wallClock;
    }

    /** The next round, or empty once it would end less than a day before the present. */
    public Optional<Scenario> next() {
        Scenario scenario = ScenarioGenerator.generate(new SimulationOptions(funds, seed + round, nextStart, days,
                fraudRate, 0, 0, false));
        if (scenario.end().isAfter(wallClock.instant().minus(Duration.ofDays(1)))) {
            return Optional.empty();
        }
        nextStart = scenario.end().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        return Optional.of(FundIds.renumber(scenario, round++));
    }
}
