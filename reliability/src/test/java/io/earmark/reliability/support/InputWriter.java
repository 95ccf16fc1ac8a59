package io.earmark.reliability.support;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.EventKeys;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes input records byte for byte, in the order of the calls, each acknowledged before the next: events encoded
 * as the publishers do (Confluent wire format, key of DESIGN.md, timestamp = eventTime), raw bytes as given, and
 * end-of-input heartbeats. Out: where each record landed (topic, partition, offset).
 */
public final class InputWriter implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final AvroSerializer<SpecificRecord> avro;

    public InputWriter(KafkaStack stack) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new ByteArraySerializer(), new ByteArraySerializer());
        this.avro = new AvroSerializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), false);
    }

    /** The event's value as a publisher would encode it for {@code topic}. */
    public byte[] encode(String topic, SpecificRecord event) {
        return avro.serialize(topic, event);
    }

    public RecordMetadata event(String topic, SpecificRecord event) {
        Instant time = (Instant) event.get(event.getSchema().getField("eventTime").pos());
        return raw(topic, null, utf8(EventKeys.keyOf(event)), encode(topic, event), time.toEpochMilli());
    }

    /** Any key and value bytes (either may be null), on a partition chosen by the key unless given. */
    public RecordMetadata raw(String topic, Integer partition, byte[] key, byte[] value, long timestamp) {
        try {
            return producer.send(new ProducerRecord<>(topic, partition, timestamp, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write to " + topic + ": " + e, e);
        }
    }

    /** A heartbeat at {@code time} on every partition of each topic: their input is complete through it. */
    public void heartbeats(List<String> topics, int partitions, Instant time) {
        for (String topic : topics) {
            for (int p = 0; p < partitions; p++) {
                raw(topic, p, null, encode(topic, new Heartbeat("reliability", p, time)), time.toEpochMilli());
            }
        }
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
