package io.earmark.bench.phases;

import io.earmark.bench.Throughput;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.schemas.serde.EventDecoder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * L2, the floor for one exactly-once stage: consume (read_committed), decode, re-key by the record's first string
 * field, encode, produce to the input topic's twin {@code <input>.out} (one record type per subject), and commit
 * offsets with the transaction every commit interval.
 */
public final class PassThroughHop {

    private PassThroughHop() {
    }

    public static String outputOf(String input) {
        return input + ".out";
    }

    public static Throughput run(String bootstrap, SchemaRegistryClient registry, List<String> inputs,
                                 long expected, Duration commitInterval) {
        Properties cp = Drain.props(bootstrap);
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-l2-" + UUID.randomUUID());
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pp.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-l2-" + UUID.randomUUID());
        pp.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        pp.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        EventDecoder decoder = new EventDecoder(registry);
        AvroSerializer<SpecificRecord> encoder = new AvroSerializer<>(registry, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(pp, new StringSerializer(),
                     new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(inputs);
            long start = System.nanoTime();
            long lastCommit = start;
            long seen = 0;
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            producer.beginTransaction();
            while (seen < expected) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    SpecificRecord event = decoder.decode(record.value());
                    String key = String.valueOf(event.get(0));
                    String output = outputOf(record.topic());
                    producer.send(new ProducerRecord<>(output, key, encoder.serialize(output, event)));
                    offsets.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    seen++;
                }
                long now = System.nanoTime();
                if (now - lastCommit >= commitInterval.toNanos() || seen >= expected) {
                    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                    producer.commitTransaction();
                    offsets.clear();
                    lastCommit = now;
                    producer.beginTransaction();
                }
            }
            producer.commitTransaction();
            return new Throughput(seen, System.nanoTime() - start);
        }
    }
}
