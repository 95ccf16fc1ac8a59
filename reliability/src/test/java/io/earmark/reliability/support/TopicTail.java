package io.earmark.reliability.support;

import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The records a test added to a shared topic: remember its end offsets before, read from them after
 * (read_committed, no consumer group), waiting up to a bound for a count of records.
 */
public final class TopicTail {
    private final KafkaStack stack;
    private final String topic;
    private final Map<TopicPartition, Long> start;

    private TopicTail(KafkaStack stack, String topic, Map<TopicPartition, Long> start) {
        this.stack = stack;
        this.topic = topic;
        this.start = start;
    }

    /** Marks the current end of every partition of {@code topic}. */
    public static TopicTail from(KafkaStack stack, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(stack)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return new TopicTail(stack, topic, consumer.endOffsets(partitions));
        }
    }

    /** The whole topic, from offset 0 of every partition. */
    public static TopicTail fromBeginning(KafkaStack stack, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(stack)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return new TopicTail(stack, topic, consumer.beginningOffsets(partitions));
        }
    }

    /**
     * Every record after the mark, once at least {@code atLeast} have arrived (or fails after {@code timeout}), plus
     * any that arrive in a last half-second poll: more than expected shows.
     */
    public List<ConsumerRecord<byte[], byte[]>> read(int atLeast, Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(stack)) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            await("%d new records on %s".formatted(atLeast, topic)).atMost(timeout).pollInSameThread()
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                        return records.size() >= atLeast;
                    });
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(KafkaStack stack) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
