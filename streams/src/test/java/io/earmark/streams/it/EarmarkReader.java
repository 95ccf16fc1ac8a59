package io.earmark.streams.it;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from the beginning (read_committed) with Earmark's own {@link AvroDeserializer}, keeping where
 * each record was. In: the stack, a topic, the generated class. Out: {@link #poll()} adds what arrived and returns
 * everything read so far.
 */
final class EarmarkReader<T extends SpecificRecord> implements AutoCloseable {

    /** A record as read, with its coordinates. */
    record Read<T>(int partition, long offset, String key, T value) {
    }

    private final KafkaConsumer<String, T> consumer;
    private final List<Read<T>> read = new ArrayList<>();

    EarmarkReader(KafkaStack stack, String topic, Class<T> type) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "interop-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new AvroDeserializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), type));
        consumer.subscribe(List.of(topic));
    }

    List<Read<T>> poll() {
        consumer.poll(Duration.ofMillis(200))
                .forEach(r -> read.add(new Read<>(r.partition(), r.offset(), r.key(), r.value())));
        return List.copyOf(read);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
