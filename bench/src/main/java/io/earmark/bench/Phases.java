package io.earmark.bench;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which phases of a run to make, for profiling one of them: the system property {@code earmark.bench.phases}, a
 * comma-separated subset of {@code l0,l1,l2,warmup,eos,alos,latency} (default: all; {@code warmup} is the
 * unmeasured drain before the S phases). A phase left out reports 0.
 */
public record Phases(Set<String> chosen) {

    public static final String PROPERTY = "earmark.bench.phases";
    private static final String ALL = "l0,l1,l2,warmup,eos,alos,latency";

    public static Phases fromSystemProperties() {
        return new Phases(Arrays.stream(System.getProperty(PROPERTY, ALL).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
    }

    public boolean runs(String phase) {
        return chosen.contains(phase);
    }
}
