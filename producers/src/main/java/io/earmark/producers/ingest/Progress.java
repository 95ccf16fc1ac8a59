package io.earmark.producers.ingest;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Shows how far a run is: on a terminal a bar redrawn in place ({@code [#####-----] 1200/5000 24% 850 rec/s}) at
 * most ten times a second; otherwise a plain line every five seconds, so logs stay readable. The clock
 * (nanoseconds) is injected.
 */
public final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final long total;
    private final LongSupplier nanos;
    private final long started;
    private final long intervalNanos;
    private long lastShown;

    public Progress(PrintWriter out, boolean terminal, long total, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.intervalNanos = terminal ? 100_000_000L : 5_000_000_000L;
        this.lastShown = started;
    }

    /** A progress display on stderr, a bar when a console is attached. */
    public static Progress onStderr(long total) {
        return new Progress(new PrintWriter(System.err, true), System.console() != null, total, System::nanoTime);
    }

    public void update(long done) {
        long now = nanos.getAsLong();
        if (now - lastShown >= intervalNanos) {
            lastShown = now;
            show(done, now);
        }
    }

    public void finish(long done) {
        show(done, nanos.getAsLong());
        if (terminal) {
            out.println();
        }
    }

    private void show(long done, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long rate = Math.round(done / seconds);
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
            out.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                    + percent + "% " + rate + " rec/s");
        } else {
            out.println("progress: " + done + "/" + total + " records (" + percent + "%), " + rate + " records/s");
        }
        out.flush();
    }
}
