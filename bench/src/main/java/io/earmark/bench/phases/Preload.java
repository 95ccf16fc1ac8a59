package io.earmark.bench.phases;

import io.earmark.schemas.EventKeys;
import io.earmark.producers.simulate.Delivery;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.topology.TopicNames;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the simulator's event mix (at most {@code events} of a scenario big enough, in delivery order) to the input
 * topics with the contract's keys and eventTime as record timestamp, then one heartbeat per input partition at the
 * last eventTime so that a bounded drain can finish. Out: how many records and bytes went in.
 */
public final class Preload {

    /** What was written: events, heartbeats, value bytes, the last event time. */
    public record Result(long events, long heartbeats, long valueBytes, Instant lastEventTime) {
        public long records() {
            return events + heartbeats;
        }
    }

    private Preload() {
    }

    public static Result run(String bootstrap, SchemaRegistryClient registry, TopicNames topics, int partitions,
                             int events, long seed, PrintStream log) {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(events / 15 + 10, seed, 0.05));
        List<ScenarioEvent> ordered = Delivery.order(scenario);
        AvroSerializer<SpecificRecord> values = new AvroSerializer<>(registry, false);
        long bytes = 0;
        long sent = 0;
        Instant last = Instant.EPOCH;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props(bootstrap), new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            for (ScenarioEvent event : ordered) {
                if (sent == events) {
                    break;
                }
                SpecificRecord record = event.record();
                String topic = topicOf(record, topics);
                byte[] value = values.serialize(topic, record);
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, null, event.eventTime().toEpochMilli(),
                        EventKeys.keyOf(record), value));
                last = event.eventTime().isAfter(last) ? event.eventTime() : last;
                if (++sent % 200_000 == 0) {
                    log.printf("  pre-loaded %,d events%n", sent);
                }
            }
            long heartbeats = 0;
            for (String topic : List.of(topics.funds(), topics.movements(), topics.assets())) {
                for (int p = 0; p < partitions; p++) {
                    byte[] value = values.serialize(topic, new Heartbeat("bench", p, last));
                    producer.send(new ProducerRecord<>(topic, p, last.toEpochMilli(), null, value));
                    heartbeats++;
                }
            }
            producer.flush();
            return new Result(sent, heartbeats, bytes, last);
        }
    }

    static Properties props(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        return props;
    }

    static String topicOf(SpecificRecord record, TopicNames topics) {
        return record instanceof FundEarmarked ? topics.funds()
                : record instanceof FundMovement ? topics.movements() : topics.assets();
    }
}
