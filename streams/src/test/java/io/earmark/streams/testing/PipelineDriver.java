package io.earmark.streams.testing;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.FundStatus;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.json.JsonLines;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.StoreNames;
import io.earmark.streams.topology.EarmarkTopology;
import io.earmark.streams.topology.PipelineSettings;
import io.earmark.streams.topology.RegistrySerdeFactory;
import io.earmark.streams.topology.TopicNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The real topology in a {@link TopologyTestDriver} with an in-memory registry: pipe events in (record timestamp =
 * eventTime, key as a publisher would set it), move stream time with heartbeats, read what came out.
 */
public final class PipelineDriver implements AutoCloseable {

    private final TopicNames topics = TopicNames.live();
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, FundEarmarked> funds;
    private final TestInputTopic<String, FundMovement> movements;
    private final TestInputTopic<String, AssetRegistered> assets;
    private final List<TestInputTopic<String, Heartbeat>> heartbeats = new ArrayList<>();
    private final TestOutputTopic<String, FundAlert> alerts;
    private final TestOutputTopic<String, FundStatus> statuses;
    private final TestOutputTopic<byte[], byte[]> deadLetters;

    public PipelineDriver() {
        this(RuleBook.shipped());
    }

    public PipelineDriver(RuleBook rules) {
        this(rules, PipelineSettings.of(1).withCore(defaultCore()));
    }

    /**
     * The detection core the tests drive unless they choose: {@code -Dearmark.core=by-beneficiary} (as the pipeline
     * setting is spelled, or the enum name {@code BY_BENEFICIARY}) runs them on the new one.
     */
    public static PipelineSettings.Core defaultCore() {
        String chosen = System.getProperty("earmark.core", PipelineSettings.Core.BY_FUND.name());
        return PipelineSettings.Core.valueOf(chosen.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    public PipelineDriver(RuleBook rules, PipelineSettings settings) {
        try {
            stateDir = Files.createTempDirectory("earmark-ttd");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "earmark-test");
        // as the pipeline sets it (PipelineConfig)
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(EarmarkTopology.build(topics, rules, new RegistrySerdeFactory(registry),
                settings), props);
        StringSerializer keys = new StringSerializer();
        funds = driver.createInputTopic(topics.funds(), keys, new AvroSerializer<>(registry, false));
        movements = driver.createInputTopic(topics.movements(), keys, new AvroSerializer<>(registry, false));
        assets = driver.createInputTopic(topics.assets(), keys, new AvroSerializer<>(registry, false));
        for (String topic : List.of(topics.funds(), topics.movements(), topics.assets())) {
            heartbeats.add(driver.createInputTopic(topic, keys, new AvroSerializer<>(registry, false)));
        }
        alerts = driver.createOutputTopic(topics.alerts(), new StringDeserializer(),
                new AvroDeserializer<>(registry, FundAlert.class));
        statuses = driver.createOutputTopic(topics.fundStatus(), new StringDeserializer(),
                new AvroDeserializer<>(registry, FundStatus.class));
        deadLetters = driver.createOutputTopic(topics.deadLetter(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    public PipelineDriver send(FundEarmarked e) {
        funds.pipeInput(e.getFundId(), e, e.getEventTime());
        return this;
    }

    public PipelineDriver send(FundMovement e) {
        movements.pipeInput(e.getFundId() != null ? e.getFundId() : e.getFromId(), e, e.getEventTime());
        return this;
    }

    public PipelineDriver send(AssetRegistered e) {
        assets.pipeInput(e.getAssetId(), e, e.getEventTime());
        return this;
    }

    /** Sends an earmark, a movement or a registration to its topic. */
    public PipelineDriver sendEvent(SpecificRecord event) {
        if (event instanceof FundEarmarked e) {
            return send(e);
        }
        if (event instanceof FundMovement e) {
            return send(e);
        }
        return send((AssetRegistered) event);
    }

    /** Sends raw bytes to an input topic, as a misbehaving producer would. */
    public PipelineDriver sendRaw(String topic, byte[] key, byte[] value, Instant timestamp) {
        driver.createInputTopic(topic, new ByteArraySerializer(), new ByteArraySerializer())
                .pipeInput(key, value, timestamp);
        return this;
    }

    /** Heartbeats at {@code time} on every input topic: the end of a bounded input at that instant. */
    public PipelineDriver advanceTo(Instant time) {
        for (TestInputTopic<String, Heartbeat> topic : heartbeats) {
            topic.pipeInput((String) null, new Heartbeat("test", 0, time), time);
        }
        return this;
    }

    /** Every alert emitted since the last call, ordered by detectedAt then alertId. */
    public List<FundAlert> alerts() {
        return alerts.readValuesToList().stream()
                .sorted(Comparator.comparing(FundAlert::getDetectedAt).thenComparing(FundAlert::getAlertId))
                .toList();
    }

    public List<TestRecord<String, FundAlert>> alertRecords() {
        return alerts.readRecordsToList();
    }

    /** The latest status per fund emitted since the last call. */
    public List<FundStatus> statuses() {
        return statuses.readValuesToList();
    }

    public List<TestRecord<byte[], byte[]>> deadLetters() {
        return deadLetters.readRecordsToList();
    }

    public FundLedger ledger(String fundId) {
        KeyValueStore<String, FundLedger> store = driver.getKeyValueStore(StoreNames.FUND_LEDGERS);
        return store.get(fundId);
    }

    /** Every fund ledger, by fundId. */
    public java.util.Map<String, FundLedger> ledgers() {
        KeyValueStore<String, FundLedger> store = driver.getKeyValueStore(StoreNames.FUND_LEDGERS);
        java.util.Map<String, FundLedger> all = new java.util.TreeMap<>();
        try (var it = store.all()) {
            it.forEachRemaining(kv -> all.put(kv.key, kv.value));
        }
        return all;
    }

    /** What the core's recent-alerts store holds (what the HTTP API lists and counts), in store-key order. */
    public List<FundAlert> recentAlerts() {
        KeyValueStore<String, String> store = driver.getKeyValueStore(StoreNames.RECENT_ALERTS);
        List<FundAlert> kept = new ArrayList<>();
        try (var it = store.all()) {
            it.forEachRemaining(kv -> kept.add(JsonLines.read(kv.value, FundAlert.class)));
        }
        return kept;
    }

    public InMemorySchemaRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a leftover temp directory is harmless
        }
    }
}
