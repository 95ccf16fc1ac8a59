package io.earmark.deploy.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writing and reading records in integration tests, without sleeps. In: the stack, a topic, serdes.
 * Out: the metadata of records written (acknowledged by the broker), or the first N records of a topic, read
 * from the beginning of every partition (no consumer group, so no rebalance wait) with Awaitility's timeout.
 */
public final class TestRecords {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private TestRecords() {
    }

    /** Sends the records and waits until the broker acknowledged each one. */
    public static <K, V> List<RecordMetadata> send(KafkaStack stack, Serializer<K> keys, Serializer<V> values,
                                                   List<ProducerRecord<K, V>> records) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        List<RecordMetadata> acknowledged = new ArrayList<>();
        try (KafkaProducer<K, V> producer = new KafkaProducer<>(config, keys, values)) {
            for (ProducerRecord<K, V> record : records) {
                acknowledged.add(producer.send(record).get(DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("cannot send to " + stack.bootstrapServers() + ": " + e.getMessage(), e);
        }
        return acknowledged;
    }

    /** Reads until {@code count} records of {@code topic} have arrived, or fails after {@link #DEFAULT_TIMEOUT}. */
    public static <K, V> List<ConsumerRecord<K, V>> consume(KafkaStack stack, String topic, Deserializer<K> keys,
                                                            Deserializer<V> values, int count) {
        return consume(stack, topic, keys, values, count, DEFAULT_TIMEOUT);
    }

    public static <K, V> List<ConsumerRecord<K, V>> consume(KafkaStack stack, String topic, Deserializer<K> keys,
                                                            Deserializer<V> values, int count, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await("%d records on %s".formatted(count, topic))
                    .atMost(timeout)
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(100)).forEach(received::add);
                        return received.size() >= count;
                    });
        }
        return received;
    }
}
