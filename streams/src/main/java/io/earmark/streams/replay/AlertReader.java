package io.earmark.streams.replay;

import io.earmark.schema.FundAlert;
import io.earmark.schemas.serde.AvroDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every committed alert of an alerts topic: read_committed, from the beginning of each partition to its end
 * offset as of the start of the read, without a consumer group (nothing is committed anywhere). Out: the alerts in
 * {@link AlertOrder}.
 */
public final class AlertReader {

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private AlertReader() {
    }

    public static List<FundAlert> readAll(ReplayCluster cluster, String topic) {
        Properties props = cluster.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<FundAlert> alerts = new ArrayList<>();
        try (KafkaConsumer<String, FundAlert> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new AvroDeserializer<>(cluster.registry(), FundAlert.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read " + topic + " to its end within " + READ_TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> alerts.add(r.value()));
            }
        }
        alerts.sort(AlertOrder.FILE_ORDER);
        return alerts;
    }
}
