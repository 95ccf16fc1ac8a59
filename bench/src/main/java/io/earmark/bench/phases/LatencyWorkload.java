package io.earmark.bench.phases;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the latency phase offers the live pipeline. {@link #MIX} is the simulator's event mix, the load the drain
 * throughput S is measured on, with one event in {@link MixWorkload#PROBE_EVERY} a probe diversion; {@link #DIVERSIONS}
 * is nothing but probe diversions, each of which raises an alert and opens a case (several times the work of a mix
 * event, so a share of S in diversions can overload the pipeline).
 */
public enum LatencyWorkload {
    MIX("mix", MixWorkload.PROBE_EVERY),
    DIVERSIONS("diversions", 1);

    private final String label;
    private final int probeOneIn;

    LatencyWorkload(String label, int probeOneIn) {
        this.label = label;
        this.probeOneIn = probeOneIn;
    }

    /** The workload named on the command line ({@code mix} or {@code diversions}, any case). */
    public static LatencyWorkload parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (LatencyWorkload workload : values()) {
            if (workload.label.equals(wanted)) {
                return workload;
            }
        }
        throw new IllegalArgumentException("--latency-workload must be one of "
                + Arrays.stream(values()).map(LatencyWorkload::label).collect(Collectors.joining(", "))
                + ", got '" + name + "'");
    }

    /** The name used on the command line and in the JSON report. */
    public String label() {
        return label;
    }

    /** One sent event in this many is a probe diversion (1: all of them). */
    public int probeOneIn() {
        return probeOneIn;
    }

    /** For log and table lines: the name and, when not every event is a probe, the probes' share. */
    public String description() {
        return probeOneIn == 1 ? label : label + ", 1 in " + probeOneIn + " a probe diversion";
    }
}
