package io.earmark.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/** CPU time used by the live threads whose name contains a marker (e.g. an application id's stream threads). */
public final class CpuMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final String marker;
    private final Map<Long, Long> startNanos;

    private CpuMeter(String marker) {
        this.marker = marker;
        this.startNanos = sample();
    }

    public static CpuMeter forThreadsNamed(String marker) {
        return new CpuMeter(marker);
    }

    /** CPU microseconds the matching threads used since this meter was made (threads started since count fully). */
    public long elapsedMicros() {
        long total = 0;
        for (Map.Entry<Long, Long> e : sample().entrySet()) {
            total += e.getValue() - startNanos.getOrDefault(e.getKey(), 0L);
        }
        return total / 1_000;
    }

    private Map<Long, Long> sample() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(marker)) {
                long nanos = THREADS.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }
}
