package io.earmark.streams.api;

import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.TestTopics;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.EventKeys;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.state.StoreNames;
import io.earmark.streams.topology.TopicNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Test fixture: instances of one pipeline application (same application id, each with its own state directory and
 * HTTP port) on topics private to the test, on the shared broker and registry. In: the stack, a partition count,
 * how many instances. Out: the running {@link ServedPipeline}s (started together, RUNNING, the fund-ledger store
 * spread over all of them), and a publisher that writes events, heartbeats and raw bytes as a bank would.
 */
final class LivePipelines implements AutoCloseable {

    final KafkaStack stack;
    final int partitions;
    final String funds;
    final String movements;
    final String assets;
    final String alerts;
    /** Created by the pipeline at start, as a deployment without it would see. */
    final String cases;
    final List<ServedPipeline> instances = new ArrayList<>();
    private final KafkaProducer<String, SpecificRecord> producer;

    LivePipelines(KafkaStack stack, int partitions, int count) throws InterruptedException {
        this(stack, partitions, count, Map.of());
    }

    /** {@code extra}: more pipeline settings for every instance (e.g. the HTTP token, masking). */
    LivePipelines(KafkaStack stack, int partitions, int count, Map<String, String> extra)
            throws InterruptedException {
        this.stack = stack;
        this.partitions = partitions;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        funds = TestTopics.create(stack, "funds", partitions);
        movements = TestTopics.create(stack, "movements", partitions);
        assets = TestTopics.create(stack, "assets", partitions);
        alerts = TestTopics.create(stack, "alerts", partitions);
        String statuses = TestTopics.create(stack, "status", partitions);
        String deadLetters = TestTopics.create(stack, "deadletter", 1);
        cases = "cases-" + suffix;
        TopicNames topics = new TopicNames(funds, movements, assets, alerts, statuses, deadLetters,
                "kickback-" + suffix, cases);
        Path work = workDir("api-it-");
        for (int i = 0; i < count; i++) {
            Map<String, String> settings = new LinkedHashMap<>(Map.of(
                    "bootstrap.servers", stack.bootstrapServers(),
                    PipelineConfig.REGISTRY_URL, stack.registryUrl(),
                    "application.id", "api-it-" + suffix,
                    "state.dir", work.resolve("state-" + i).toString(),
                    "replication.factor", "1",
                    PipelineConfig.HTTP_PORT, "0"));
            settings.putAll(PipelineConfig.topicSettings(topics));
            settings.putAll(extra);
            PipelineConfig config = PipelineConfig.of(settings);
            instances.add(ServedPipeline.create(config));
        }
        instances.forEach(ServedPipeline::start);
        await("every instance RUNNING, holding part of the ledgers").atMost(Duration.ofSeconds(120))
                .until(() -> instances.stream().allMatch(s -> s.pipeline().streams().state()
                        == KafkaStreams.State.RUNNING && s.streamReady())
                        && instances.get(0).pipeline().streams().streamsMetadataForStore(StoreNames.FUND_LEDGERS)
                        .size() == count);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producer = new KafkaProducer<>(props, new StringSerializer(),
                new AvroSerializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), false));
    }

    static Path workDir(String prefix) {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ServedPipeline instance(int i) {
        return instances.get(i);
    }

    /** Publishes events (record timestamp = eventTime, key as DESIGN.md says) and waits for the acknowledgements. */
    void publish(List<? extends SpecificRecord> events) {
        for (SpecificRecord e : events) {
            String topic = e instanceof FundEarmarked ? funds : e instanceof FundMovement ? movements : assets;
            producer.send(new ProducerRecord<>(topic, null, eventTime(e).toEpochMilli(), EventKeys.keyOf(e), e));
        }
        producer.flush();
    }

    /** A heartbeat at {@code time} on every partition of every input topic: stream time reaches it everywhere. */
    void advanceTo(Instant time) {
        for (String topic : List.of(funds, movements, assets)) {
            for (int p = 0; p < partitions; p++) {
                producer.send(new ProducerRecord<>(topic, p, time.toEpochMilli(), null,
                        new Heartbeat("api-it", p, time)));
            }
        }
        producer.flush();
    }

    /** Bytes no decoder understands, as a misbehaving producer would send. */
    void publishGarbage(String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topic, "garbage".getBytes(), new byte[] {1, 2, 3}));
            raw.flush();
        }
    }

    static Instant eventTime(SpecificRecord event) {
        return (Instant) event.get(event.getSchema().getField("eventTime").pos());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        instances.forEach(s -> s.close(Duration.ofSeconds(20)));
    }
}
