package io.earmark.producers.ticker;

import io.earmark.producers.publish.ProducerSettings;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.HeartbeatRound;
import io.earmark.schemas.Topics;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps quiet input partitions moving. Each tick sends one {@link Heartbeat} (source, partition, time) to every
 * partition of earmark.funds.v1, earmark.movements.v1 and earmark.assets.v1, addressed explicitly, with a null
 * key and record timestamp = heartbeat time. Heartbeats are not events: the pipeline only advances stream time
 * with them. {@link #tickOnce(Instant)} sends one round at a given time (tests, the end of a replay or an ingest).
 */
public final class Ticker implements AutoCloseable {
    public static final List<String> INPUT_TOPICS = List.of(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS);
    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

    private final Producer<String, SpecificRecord> producer;
    private final String source;

    public Ticker(Properties kafkaProperties, SchemaRegistryClient registry, String source) {
        this(new KafkaProducer<>(ProducerSettings.reliable(kafkaProperties), new StringSerializer(),
                new AvroSerializer<>(registry, false)), source);
    }

    public Ticker(Producer<String, SpecificRecord> producer, String source) {
        this.producer = producer;
        this.source = source;
    }

    /** One heartbeat at {@code time} to every partition of every input topic; futures complete on acknowledgement. */
    public List<CompletableFuture<RecordMetadata>> tickOnce(Instant time) {
        return HeartbeatRound.send(producer, INPUT_TOPICS, time, source);
    }

    /** Ticks every {@code interval} at the clock's current time until the returned future is cancelled. */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Duration interval, Clock clock) {
        return scheduler.scheduleAtFixedRate(() -> {
            try {
                tickOnce(clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("heartbeat round failed, trying again in {}", interval, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
