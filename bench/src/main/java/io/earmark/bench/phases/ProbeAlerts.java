package io.earmark.bench.phases;

import org.HdrHistogram.Histogram;

/**
 * The alerts the latency phase reads back, sorted into the probes it times (alerts on its own funds) and the
 * others (raised by the simulated mix, counted only). A probe detected at or after the end of the warm-up adds its
 * latency, the alert's LogAppendTime − its detectedAt, to the histogram (in microseconds, clamped at the
 * histogram's range).
 */
final class ProbeAlerts {

    private final long warmupEndMillis;
    private final Histogram histogram = new Histogram(60_000_000L, 3);
    private final Histogram recent = new Histogram(60_000_000L, 3);
    private long probes;
    private long others;

    ProbeAlerts(long warmupEndMillis) {
        this.warmupEndMillis = warmupEndMillis;
    }

    void accept(String fundId, long detectedAtMillis, long appendTimeMillis) {
        if (!ProbeFunds.isProbe(fundId)) {
            others++;
            return;
        }
        probes++;
        if (detectedAtMillis >= warmupEndMillis) {
            long micros = Math.max(0, appendTimeMillis - detectedAtMillis) * 1_000L;
            histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
        }
        recent.recordValue(Math.min(Math.max(0, appendTimeMillis - detectedAtMillis) * 1_000L,
                recent.getHighestTrackableValue()));
    }

    /** Probe alerts read, warm-up included. */
    long probes() {
        return probes;
    }

    /** Alerts on the mix's own funds. */
    long others() {
        return others;
    }

    /**
     * A progress line on the probes read since the last call (warm-up included): how many, their p50 and max, so
     * that a queue building up shows while the phase runs.
     */
    String progressSinceLast() {
        String line = recent.getTotalCount() == 0 ? "no probe alert read"
                : String.format(java.util.Locale.ROOT, "%,d probe alerts read, p50 %.0f ms, max %.0f ms",
                        recent.getTotalCount(), recent.getValueAtPercentile(50) / 1000.0,
                        recent.getMaxValue() / 1000.0);
        recent.reset();
        return line;
    }

    Histogram histogram() {
        return histogram;
    }
}
