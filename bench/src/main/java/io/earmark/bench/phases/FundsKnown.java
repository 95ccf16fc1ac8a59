package io.earmark.bench.phases;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Waits until the pipeline has applied the latency phase's earmarks: a fund's first status appears on the
 * fund-status topic once its ledger knows the earmark. Measuring before that would time the wait for the stages'
 * watermarks to pass the earmarks (a start-up cost), not the event-to-alert path.
 */
final class FundsKnown {

    private FundsKnown() {
    }

    /** True when {@code count} distinct funds had a committed status within {@code timeout}. */
    static boolean await(String bootstrap, String statusTopic, int partitions, int count, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Set<String> known = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> all = java.util.stream.IntStream.range(0, partitions)
                    .mapToObj(p -> new TopicPartition(statusTopic, p)).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            while (known.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    known.add(record.key());
                }
            }
        }
        return known.size() >= count;
    }
}
