package io.earmark.producers.publish;

import io.earmark.schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Writes {@link DeadLetter}s to {@code earmark.deadletter.v1}: raw key and value bytes as given, the reason and
 * provenance as UTF-8 headers. Same delivery guarantees as {@link EventPublisher} (acks=all, idempotent).
 */
public final class DeadLetterPublisher implements AutoCloseable {
    private final Producer<byte[], byte[]> producer;

    public DeadLetterPublisher(Properties kafkaProperties) {
        this(new KafkaProducer<>(ProducerSettings.reliable(kafkaProperties), new ByteArraySerializer(),
                new ByteArraySerializer()));
    }

    public DeadLetterPublisher(Producer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    public CompletableFuture<RecordMetadata> publish(DeadLetter letter) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.DEADLETTER, letter.key(), letter.value());
        letter.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    acked.completeExceptionally(error);
                } else {
                    acked.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
