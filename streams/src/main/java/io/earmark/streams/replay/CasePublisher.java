package io.earmark.streams.replay;

import io.earmark.schemas.EventKeys;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.topology.TopicNames;
import java.util.List;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a replay's events to a case's input topics, in the given order: Avro in the Confluent wire format, the
 * contract's key ({@link io.earmark.schemas.EventKeys}), record timestamp = eventTime. One idempotent producer (acks=all) keeps
 * every partition in publishing order, which is event-time order for a {@link ReplayInput}. Returns once the broker
 * acknowledged every record.
 */
public final class CasePublisher {

    private CasePublisher() {
    }

    public static void publish(ReplayCluster cluster, List<SpecificRecord> events, TopicNames topics,
                               LongConsumer progress) throws InterruptedException {
        Properties props = cluster.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        Acks acks = new Acks();
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(props, new StringSerializer(),
                new AvroSerializer<>(cluster.registry(), false))) {
            long sent = 0;
            for (SpecificRecord event : events) {
                acks.add(producer.send(new ProducerRecord<>(InputEvents.topicOf(event, topics), null,
                        InputEvents.eventTime(event).toEpochMilli(), EventKeys.keyOf(event), event)));
                progress.accept(++sent);
            }
            producer.flush();
            acks.await();
        }
    }
}
