package io.earmark.streams.replay;

import io.earmark.schema.Heartbeat;
import io.earmark.schemas.HeartbeatRound;
import io.earmark.schemas.serde.AvroSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Ends a bounded replay: one {@link Heartbeat} at the replay's end to every partition of the given input topics
 * (null key, record timestamp = the end; {@link HeartbeatRound}), after everything else was acknowledged, on the
 * case's own topics.
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
            HeartbeatRound.send(producer, topics, at, source).forEach(acks::add);
            producer.flush();
            int sent = acks.size();
            acks.await();
            return sent;
        }
    }
}
