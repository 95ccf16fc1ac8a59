package io.earmark.producers.simulate;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/** Holds a publisher to a target rate: the n-th event (0-based) may go at start + n / rate. */
public final class Pacer {
    private final double eventsPerSecond;
    private final LongSupplier nanos;
    private long start;
    private boolean started;

    public Pacer(double eventsPerSecond, LongSupplier nanos) {
        if (!(eventsPerSecond > 0)) {
            throw new IllegalArgumentException("rate must be > 0, was " + eventsPerSecond);
        }
        this.eventsPerSecond = eventsPerSecond;
        this.nanos = nanos;
    }

    public static Pacer perSecond(double eventsPerSecond) {
        return new Pacer(eventsPerSecond, System::nanoTime);
    }

    /** Parks the calling thread until event {@code n} is due (returns early when interrupted). */
    public void await(long n) {
        long delay;
        while ((delay = delayNanos(n)) > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(delay);
        }
    }

    /** How long event {@code n} must still wait, in nanoseconds; the first call starts the clock. */
    long delayNanos(long n) {
        long now = nanos.getAsLong();
        if (!started) {
            start = now;
            started = true;
        }
        return Math.max(0, start + (long) (n * 1e9 / eventsPerSecond) - now);
    }
}
