package io.earmark.app.demo;

import io.earmark.producers.publish.EventPublisher;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.ticker.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays simulated scenarios into Kafka in compressed time, like banks and registries would report them live. In:
 * scenario rounds (e.g. {@link DemoRounds}), a {@link ScenarioClock}, an {@link EventPublisher} and a
 * {@link Ticker} sharing one producer. Out, in one thread: each event when the scenario clock reaches its eventTime,
 * and every {@code tickEvery} (wall clock) a round of heartbeats stamped with the scenario clock's time T — always
 * after every event with eventTime ≤ T was sent through the same producer, so a partition never hears "complete
 * through T" before an event it still has to get. The pipeline's deadlines thus fire in step with the simulated
 * days, never all at once. After a round's end (past every deadline of its funds) the clock moves on to the next
 * round's first event; when there is no next round, playing stops.
 */
public final class LiveScenario {

    private static final Logger LOG = LoggerFactory.getLogger(LiveScenario.class);
    /** The clock starts this much before a round's first event, so that the pipeline sees time pass first. */
    static final Duration LEAD = Duration.ofHours(1);

    /** Waits, in wall-clock time (a test passes one that moves its fake clock instead). */
    public interface Sleeper {
        void sleep(Duration wall) throws InterruptedException;
    }

    /** What has been played so far. */
    public record Progress(int round, long events, long heartbeatRounds, Instant simulatedTime) {
    }

    private final Supplier<Optional<Scenario>> rounds;
    private final ScenarioClock clock;
    private final EventPublisher events;
    private final Ticker ticker;
    private final Duration tickEvery;
    private final LongSupplier nanos;
    private final Sleeper sleeper;
    private volatile Progress progress = new Progress(0, 0, 0, null);

    public LiveScenario(Supplier<Optional<Scenario>> rounds, ScenarioClock clock, EventPublisher events, Ticker ticker,
                        Duration tickEvery, LongSupplier nanos, Sleeper sleeper) {
        this.rounds = rounds;
        this.clock = clock;
        this.events = events;
        this.ticker = ticker;
        this.tickEvery = tickEvery;
        this.nanos = nanos;
        this.sleeper = sleeper;
    }

    public Progress progress() {
        return progress;
    }

    /** Plays up to {@code maxRounds} rounds, fewer when the rounds run out; returns how many it played. */
    public int play(int maxRounds) throws InterruptedException {
        long sent = 0;
        long ticks = 0;
        int round = 0;
        for (; round < maxRounds; round++) {
            Optional<Scenario> nextRound = rounds.get();
            if (nextRound.isEmpty()) {
                break;
            }
            Scenario scenario = nextRound.get();
            List<ScenarioEvent> due = scenario.events();
            clock.startAt(due.get(0).eventTime().minus(LEAD));
            LOG.info("demo round {}: {} events from {} to {}", round + 1, due.size(), due.get(0).eventTime(),
                    scenario.end());
            int next = 0;
            long lastTick = Long.MIN_VALUE;
            while (true) {
                Instant now = clock.now();
                while (next < due.size() && !due.get(next).eventTime().isAfter(now)) {
                    events.publishEvent(due.get(next++).record()).whenComplete((ok, error) -> {
                        if (error != null) {
                            LOG.warn("demo event not published: {}", error.toString());
                        }
                    });
                    sent++;
                }
                if (lastTick == Long.MIN_VALUE || nanos.getAsLong() - lastTick >= tickEvery.toNanos()) {
                    ticker.tickOnce(now);
                    lastTick = nanos.getAsLong();
                    ticks++;
                }
                if (next == due.size() && now.isAfter(scenario.end())) {
                    ticker.tickOnce(now);
                    progress = new Progress(round + 1, sent, ++ticks, now);
                    break;
                }
                progress = new Progress(round + 1, sent, ticks, now);
                Duration untilTick = tickEvery.minusNanos(nanos.getAsLong() - lastTick);
                Duration untilEvent = next < due.size() ? clock.wallUntil(due.get(next).eventTime()) : untilTick;
                sleeper.sleep(min(untilEvent, untilTick));
            }
        }
        events.flush();
        return round;
    }

    /** The shorter wait, at least a millisecond. */
    private static Duration min(Duration a, Duration b) {
        Duration shortest = a.compareTo(b) <= 0 ? a : b;
        return shortest.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : shortest;
    }
}
