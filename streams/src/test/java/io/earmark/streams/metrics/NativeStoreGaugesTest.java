package io.earmark.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class NativeStoreGaugesTest {

    @Test
    void shouldLeaveOutEveryGaugeThatReadsRocksDbAndKeepTheOtherMetrics() {
        // Given a task with a RocksDB store, whose metrics include Kafka Streams' RocksDB property gauges
        StreamsBuilder builder = new StreamsBuilder();
        builder.table("in", Consumed.with(Serdes.String(), Serdes.String()),
                Materialized.as(Stores.persistentKeyValueStore("a-store")));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "native-gauges-test");
        // as the pipeline sets it (PipelineConfig)
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            Map<MetricName, ? extends Metric> all = driver.metrics();
            long native_ = all.keySet().stream().filter(NativeStoreGauges::readsRocksDb).count();
            assertThat(native_).as("RocksDB gauges of the store").isGreaterThanOrEqualTo(NativeStoreGauges.NAMES.size());

            // When they are filtered
            Map<MetricName, ? extends Metric> safe = NativeStoreGauges.without(all);

            // Then none is left, nothing else is lost, and no state-store gauge with a RocksDB value slips through
            assertThat(safe.keySet()).noneMatch(NativeStoreGauges::readsRocksDb);
            assertThat(safe).hasSize(all.size() - (int) native_);
            assertThat(safe.entrySet()).noneMatch(e -> NativeStoreGauges.GROUP.equals(e.getKey().group())
                    && e.getValue().metricValue() instanceof BigInteger);
        }
    }
}
