package io.earmark.streams.replay;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * {@link ReplayProgress} as plain lines ({@code replay  3.2s  publishing 10000 events}): a line per phase, and the
 * records left while the pipeline runs, at most once a second and only when the number changed. The clock
 * (nanoseconds) is injected.
 */
final class ProgressLines implements ReplayProgress {

    private static final long LAG_INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final LongSupplier nanos;
    private final long started;
    private long lastLagShown = Long.MIN_VALUE;
    private long lastLag = -1;

    ProgressLines(PrintStream out, LongSupplier nanos) {
        this.out = out;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    @Override
    public synchronized void step(String message) {
        print(message);
    }

    @Override
    public synchronized void lag(long records) {
        long now = nanos.getAsLong();
        if (records != lastLag && (lastLagShown == Long.MIN_VALUE || now - lastLagShown >= LAG_INTERVAL_NANOS)) {
            lastLag = records;
            lastLagShown = now;
            print(records + " records left to process");
        }
    }

    private void print(String message) {
        double seconds = (nanos.getAsLong() - started) / 1e9;
        out.printf("replay %6.1fs  %s%n", seconds, message);
        out.flush();
    }
}
