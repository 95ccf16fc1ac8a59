package io.earmark.streams.app;

import io.earmark.streams.metrics.NativeStoreGauges;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * The pipeline's Kafka Streams client. It differs from {@link KafkaStreams} in one thing: {@link #metrics()} leaves
 * out the gauges that read RocksDB on the caller's thread ({@link NativeStoreGauges}), so the Micrometer binder and
 * the {@code /metrics} scrape, which read metrics from threads of their own, can never touch a store that its task
 * is closing. Kafka Streams itself does not call {@code metrics()}.
 */
final class EarmarkStreams extends KafkaStreams {

    EarmarkStreams(Topology topology, Properties props) {
        super(topology, props);
    }

    @Override
    public Map<MetricName, ? extends Metric> metrics() {
        return NativeStoreGauges.without(super.metrics());
    }
}
