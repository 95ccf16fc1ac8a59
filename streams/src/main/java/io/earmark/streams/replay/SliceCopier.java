package io.earmark.streams.replay;

import io.earmark.streams.topology.TopicNames;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Copies a slice into a case's input topics, record for record: same partition number, key and value bytes (the
 * schema ids stay valid in the same registry), timestamp and headers; each partition keeps its original order, so
 * the case's pipeline sees its input as the live one did. One idempotent producer (acks=all); returns once every
 * record is acknowledged.
 */
public final class SliceCopier {

    private SliceCopier() {
    }

    public static void copy(ReplayCluster cluster, List<SliceRecord> records, TopicNames source, TopicNames target)
            throws InterruptedException {
        Map<String, String> topics = Map.of(source.funds(), target.funds(), source.movements(), target.movements(),
                source.assets(), target.assets());
        Properties props = cluster.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        Acks acks = new Acks();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (SliceRecord r : records) {
                acks.add(producer.send(new ProducerRecord<>(topics.get(r.topic()), r.partition(), r.timestamp(),
                        r.key(), r.value(), r.headers())));
            }
            producer.flush();
            acks.await();
        }
    }
}
