package io.earmark.bench;

import io.earmark.bench.phases.LatencyWorkload;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does: how many simulated events to pre-load, on how many partitions, the commit interval
 * of every exactly-once stage, how long the latency phase runs, at what rate (a share of the pipeline's throughput,
 * or a fixed {@code latencyRate} in events/s; 0 = use the share) and with which events ({@code latencyWorkload}).
 */
public record BenchOptions(int events, int partitions, Path out, Duration commitInterval, Duration latencyDuration,
                           double latencyLoadShare, double latencyRate, LatencyWorkload latencyWorkload, long seed) {

    public BenchOptions {
        if (events < 1_000) {
            throw new IllegalArgumentException("--events must be at least 1000, got " + events);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1, got " + partitions);
        }
        if (latencyLoadShare <= 0 || latencyLoadShare > 1) {
            throw new IllegalArgumentException("latency load share must be in (0, 1], got " + latencyLoadShare);
        }
        if (latencyRate < 0) {
            throw new IllegalArgumentException("--latency-rate must be 0 (use the share) or positive, got "
                    + latencyRate);
        }
        if (latencyWorkload == null) {
            throw new IllegalArgumentException("--latency-workload is required");
        }
    }
}
