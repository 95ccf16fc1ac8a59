package io.earmark.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The demo's simulated time: it starts at an instant of the scenario (in 2024) and runs {@code speed} times faster
 * than the wall clock. In: a monotonic nanosecond clock. Out: the simulated "now", and how much wall-clock time
 * remains until a simulated instant. The wall clock's own date never enters: the pipeline sees only 2024.
 */
public final class ScenarioClock {

    private final double speed;
    private final LongSupplier nanos;
    private Instant origin;
    private long originNanos;

    /** @param speed simulated seconds per wall-clock second */
    public ScenarioClock(double speed, LongSupplier nanos) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0, was " + speed);
        }
        this.speed = speed;
        this.nanos = nanos;
    }

    /** A clock that runs one simulated day in {@code wallPerDay} of wall-clock time. */
    public static ScenarioClock dayEvery(Duration wallPerDay, LongSupplier nanos) {
        return new ScenarioClock(Duration.ofDays(1).toNanos() / (double) wallPerDay.toNanos(), nanos);
    }

    /** Sets simulated time to {@code time} now; it runs on from there. */
    public void startAt(Instant time) {
        origin = time;
        originNanos = nanos.getAsLong();
    }

    /** False until {@link #startAt} first sets the simulated time. */
    public boolean started() {
        return origin != null;
    }

    public Instant now() {
        long simulatedNanos = (long) ((nanos.getAsLong() - originNanos) * speed);
        return origin.plusNanos(simulatedNanos).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Wall-clock time until simulated time reaches {@code time} (zero when it already has). */
    public Duration wallUntil(Instant time) {
        Duration simulated = Duration.between(now(), time);
        return simulated.isNegative() ? Duration.ZERO : Duration.ofNanos((long) (simulated.toNanos() / speed));
    }

    public double speed() {
        return speed;
    }
}
