package io.earmark.streams.metrics;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * The Kafka Streams metrics whose value is read from a live RocksDB instance when someone reads it: the store-level
 * gauges of RocksDB properties (KIP-607: memtable sizes, estimate-num-keys, block-cache usage, ...). In: a metrics
 * map; out: the same map without them.
 * <p>
 * Why: such a gauge calls into RocksDB on the reader's thread, with no lock against the stream thread closing the
 * store (KAFKA-10025). A reader that races a close (Micrometer's binder re-reads every metric each minute, at once
 * after a frozen process resumes, just when the fenced instance closes all its tasks; or a /metrics scrape during a
 * rebalance) dereferences a freed RocksDB and the JVM aborts ({@code pthread lock: Invalid argument}). Those gauges
 * are therefore never handed to anything that reads metrics from another thread.
 */
public final class NativeStoreGauges {

    /** Kafka Streams' state-store metrics group. */
    static final String GROUP = "stream-state-metrics";
    /** The RocksDB property gauges of Kafka Streams 4.3 ({@code RocksDBMetricsRecorder}'s gauges). */
    static final Set<String> NAMES = Set.of(
            "num-entries-active-mem-table", "num-deletes-active-mem-table", "num-entries-imm-mem-tables",
            "num-deletes-imm-mem-tables", "num-immutable-mem-table", "cur-size-active-mem-table",
            "cur-size-all-mem-tables", "size-all-mem-tables", "mem-table-flush-pending", "num-running-flushes",
            "compaction-pending", "num-running-compactions", "estimate-pending-compaction-bytes",
            "total-sst-files-size", "live-sst-files-size", "num-live-versions", "block-cache-capacity",
            "block-cache-usage", "block-cache-pinned-usage", "estimate-num-keys", "estimate-table-readers-mem",
            "background-errors");

    private NativeStoreGauges() {
    }

    /** Whether reading this metric reads a RocksDB instance. */
    public static boolean readsRocksDb(MetricName name) {
        return GROUP.equals(name.group()) && NAMES.contains(name.name());
    }

    /** {@code metrics} without the gauges that read RocksDB. */
    public static Map<MetricName, ? extends Metric> without(Map<MetricName, ? extends Metric> metrics) {
        return metrics.entrySet().stream()
                .filter(e -> !readsRocksDb(e.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
