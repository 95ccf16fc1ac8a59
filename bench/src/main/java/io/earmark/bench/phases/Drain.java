package io.earmark.bench.phases;

import io.earmark.bench.Throughput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * L0 and L1: one plain consumer (bytes, read_committed) drains every partition of the given topics from the start,
 * handing each record to {@code work} (nothing for L0, the Avro decoder for L1). Out: records per second.
 */
public final class Drain {

    private Drain() {
    }

    public static Throughput run(String bootstrap, List<String> topics, int partitions, long expected,
                                 Consumer<ConsumerRecord<byte[], byte[]>> work) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props(bootstrap),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> assigned = new ArrayList<>();
            topics.forEach(t -> {
                for (int p = 0; p < partitions; p++) {
                    assigned.add(new TopicPartition(t, p));
                }
            });
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            long start = System.nanoTime();
            long seen = 0;
            while (seen < expected) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    work.accept(record);
                    seen++;
                }
            }
            return new Throughput(seen, System.nanoTime() - start);
        }
    }

    static Properties props(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 << 20));
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 << 20));
        return props;
    }
}
