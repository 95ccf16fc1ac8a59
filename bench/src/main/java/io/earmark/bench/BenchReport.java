package io.earmark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.earmark.bench.phases.LatencyWorkload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The figures of one run, written as one JSON document and printed as a short table. {@code commitIntervalMs} is the
 * run's option; {@code streamsSettings} says when a Kafka Streams setting given as a system property overrode it (or
 * anything else) for the S and latency pipelines.
 */
public record BenchReport(
        String date,
        String kafkaVersion,
        int cores,
        int partitions,
        long commitIntervalMs,
        long events,
        long warmupEvents,
        long valueBytes,
        Throughput l0,
        Throughput l1,
        Throughput l2,
        Throughput eos,
        Throughput alos,
        double cpuMicrosPerEventEos,
        double cpuMicrosPerEventAlos,
        BrokerWork workEos,
        BrokerWork workAlos,
        double latencyRate,
        long latencySeconds,
        LatencyWorkload latencyWorkload,
        Histogram latency) {

    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", date);
        json.put("kafkaVersion", kafkaVersion);
        json.put("cores", cores);
        json.put("partitions", partitions);
        json.put("commitIntervalMs", commitIntervalMs);
        // what the run was told besides its options: a Kafka Streams setting given for the S and latency pipelines
        // (commit.interval.ms among them) and the JVM's options, so that a file says how it was made
        json.put("streamsSettings", ExtraSettings.fromSystemProperties());
        json.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        json.put("events", events);
        // drained once, unmeasured, before the S phases (0: none; runs before 2026-12-08 had none)
        json.put("warmupEvents", warmupEvents);
        json.put("meanValueBytes", events == 0 ? 0 : valueBytes / events);
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("L0_rawDrain", round(l0.perSecond()));
        rates.put("L1_decodeDrain", round(l1.perSecond()));
        rates.put("L2_eosPassThrough", round(l2.perSecond()));
        rates.put("S_eos", round(eos.perSecond()));
        rates.put("S_alos", round(alos.perSecond()));
        json.put("eventsPerSecond", rates);
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("S_eos_over_L0", ratio(eos, l0));
        ratios.put("S_eos_over_L2", ratio(eos, l2));
        ratios.put("S_eos_over_S_alos", ratio(eos, alos));
        json.put("ratios", ratios);
        json.put("cpuMicrosPerEvent", Map.of("S_eos", round(cpuMicrosPerEventEos), "S_alos",
                round(cpuMicrosPerEventAlos)));
        json.put("brokerWorkPerEvent", Map.of("S_eos", perEvent(workEos), "S_alos", perEvent(workAlos)));
        Map<String, Object> lat = new LinkedHashMap<>();
        lat.put("rateEventsPerSecond", round(latencyRate));
        lat.put("seconds", latencySeconds);
        lat.put("workload", latencyWorkload.label());
        lat.put("probeOneIn", latencyWorkload.probeOneIn());
        lat.put("samples", latency.getTotalCount());
        lat.put("p50Ms", ms(latency.getValueAtPercentile(50)));
        lat.put("p99Ms", ms(latency.getValueAtPercentile(99)));
        lat.put("p999Ms", ms(latency.getValueAtPercentile(99.9)));
        lat.put("maxMs", ms(latency.getMaxValue()));
        json.put("eventToAlertLatency", lat);
        return json;
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), asJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-28s %14s%n", "stage", "events/s"));
        row(out, "L0 raw drain", l0);
        row(out, "L1 decode drain", l1);
        row(out, "L2 exactly-once hop", l2);
        row(out, "S pipeline exactly_once_v2", eos);
        row(out, "S pipeline at_least_once", alos);
        out.append(String.format("S/L0 %.3f   S/L2 %.3f   eos/alos %.3f%n", ratio(eos, l0), ratio(eos, l2),
                ratio(eos, alos)));
        out.append(String.format("CPU per event: %.1f µs (eos), %.1f µs (alos)%n", cpuMicrosPerEventEos,
                cpuMicrosPerEventAlos));
        out.append(String.format("appended per event (eos): %s%n", perEventLine(workEos)));
        out.append(String.format("event-to-alert latency at %.0f events/s (%s): p50 %.1f ms, p99 %.1f ms, p99.9 %.1f"
                        + " ms, max %.1f ms (%d samples)%n", latencyRate, latencyWorkload.description(),
                ms(latency.getValueAtPercentile(50)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)),
                ms(latency.getMaxValue()), latency.getTotalCount()));
        return out.toString();
    }

    /** Per input event, by kind of topic and in all: data records, transaction markers, bytes. */
    private Map<String, Object> perEvent(BrokerWork work) {
        Map<String, Object> json = new LinkedHashMap<>();
        work.byKind().forEach((kind, tally) -> json.put(kind.name().toLowerCase(), perEvent(tally)));
        json.put("total", perEvent(work.total()));
        Map<String, Object> topics = new LinkedHashMap<>();
        work.byTopic().forEach((topic, tally) -> topics.put(topic, perEvent(tally)));
        json.put("byTopic", topics);
        return json;
    }

    private Map<String, Object> perEvent(BrokerWork.Tally tally) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("records", per(tally.records()));
        json.put("transactionMarkers", per(tally.markers()));
        json.put("bytes", Math.round(tally.bytes() / (double) Math.max(1, events)));
        return json;
    }

    private String perEventLine(BrokerWork work) {
        StringBuilder line = new StringBuilder();
        work.byKind().forEach((kind, tally) -> line.append(String.format("%s %.2f records, ",
                kind.name().toLowerCase(), per(tally.records()))));
        BrokerWork.Tally total = work.total();
        return line.append(String.format("total %.2f records (+%.2f markers), %,d bytes", per(total.records()),
                per(total.markers()), Math.round(total.bytes() / (double) Math.max(1, events)))).toString();
    }

    private double per(long count) {
        return Math.round(count * 100.0 / Math.max(1, events)) / 100.0;
    }

    private static void row(StringBuilder out, String name, Throughput t) {
        out.append(String.format("%-28s %,14.0f%n", name, t.perSecond()));
    }

    private static double ratio(Throughput a, Throughput b) {
        return b.perSecond() == 0 ? 0 : Math.round(a.perSecond() / b.perSecond() * 1000) / 1000.0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }
}
