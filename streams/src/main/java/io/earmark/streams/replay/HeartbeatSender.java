package io.earmark.streams.replay;

import io.earmark.schema.Heartbeat;
import io.earmark.schemas.serde.AvroSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Ends a bounded replay: one {@link Heartbeat} at the replay's end to every partition of the given input topics
 * (null key, record timestamp = the end), after everything else was acknowledged. The producers module's ticker only
 * knows the live topic names; a case has topics of its own.
 */
public final class HeartbeatSender {

    private HeartbeatSender() {
    }

    public static int send(ReplayCluster cluster, List<String> topics, Instant at, String source)
            throws InterruptedException {
        Properties props = cluster.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        Acks acks = new Acks();
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(props, new StringSerializer(),
                new AvroSerializer<>(cluster.registry(), false))) {
            for (String topic : topics) {
                for (PartitionInfo p : producer.partitionsFor(topic)) {
                    Heartbeat beat = new Heartbeat(source, p.partition(), at);
                    acks.add(producer.send(new ProducerRecord<>(topic, p.partition(), at.toEpochMilli(), null, beat)));
                }
            }
            producer.flush();
            int sent = acks.size();
            acks.await();
            return sent;
        }
    }
}
