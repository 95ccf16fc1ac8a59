package io.earmark.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.testing.Scenario;
import io.earmark.streams.topology.EarmarkTopology;
import io.earmark.streams.topology.PipelineSettings;
import io.earmark.streams.topology.RegistrySerdeFactory;
import io.earmark.streams.topology.TopicNames;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * The topology reports to its {@link PipelineObserver} what it reads and raises: the every-rule scenario and one bad
 * record go through the real topology in a TopologyTestDriver; the observer's counts must match the input and the
 * alerts that came out, and observing must not change them.
 */
class ObservedTopologyTest {

    /** Remembers every observation. */
    private static final class Recorder implements PipelineObserver {
        final Map<String, Integer> events = new ConcurrentHashMap<>();
        final Map<String, Integer> heartbeats = new ConcurrentHashMap<>();
        final Map<String, Integer> deadLetters = new ConcurrentHashMap<>();
        final Map<String, Integer> alerts = new ConcurrentHashMap<>();
        final List<Long> latencies = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void eventRead(String topic, long eventTime) {
            events.merge(topic, 1, Integer::sum);
        }

        @Override
        public void heartbeatRead(String topic, long time) {
            heartbeats.merge(topic, 1, Integer::sum);
        }

        @Override
        public void deadLettered(String topic, String reason) {
            deadLetters.merge(topic + "/" + reason, 1, Integer::sum);
        }

        @Override
        public void alertRaised(String rule, String severity, long latencyMillis) {
            alerts.merge(rule + "/" + severity, 1, Integer::sum);
            latencies.add(latencyMillis);
        }
    }

    @Test
    void shouldReportEveryEventHeartbeatDeadLetterAndAlertWithItsLatency() throws Exception {
        Scenario scenario = Scenario.load("scenarios/every-rule");
        TopicNames topics = TopicNames.live();
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        Recorder recorder = new Recorder();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "observed-test");
        // as the pipeline sets it (PipelineConfig)
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("earmark-observed").toString());
        List<FundAlert> out;
        try (TopologyTestDriver driver = new TopologyTestDriver(EarmarkTopology.build(topics, RuleBook.shipped(),
                new RegistrySerdeFactory(registry), PipelineSettings.of(1), recorder), props)) {
            Map<String, TestInputTopic<String, SpecificRecord>> inputs = Map.of(
                    topics.funds(), input(driver, topics.funds(), registry),
                    topics.movements(), input(driver, topics.movements(), registry),
                    topics.assets(), input(driver, topics.assets(), registry));
            driver.createInputTopic(topics.movements(), new ByteArraySerializer(), new ByteArraySerializer())
                    .pipeInput(new byte[] {1}, new byte[] {1, 2, 3});
            for (SpecificRecord e : scenario.events()) {
                String topic = e instanceof FundEarmarked ? topics.funds()
                        : e instanceof FundMovement ? topics.movements() : topics.assets();
                inputs.get(topic).pipeInput(null, e, Scenario.eventTime(e));
            }
            inputs.values().forEach(t -> t.pipeInput(null, new Heartbeat("test", 0, scenario.end()), scenario.end()));
            out = driver.createOutputTopic(topics.alerts(), new StringDeserializer(),
                    new AvroDeserializer<>(registry, FundAlert.class)).readValuesToList();
        }

        assertThat(recorder.events).containsOnly(Map.entry(topics.funds(), count(scenario, FundEarmarked.class)),
                Map.entry(topics.movements(), count(scenario, FundMovement.class)),
                Map.entry(topics.assets(), count(scenario, AssetRegistered.class)));
        assertThat(recorder.heartbeats).containsOnly(Map.entry(topics.funds(), 1), Map.entry(topics.movements(), 1),
                Map.entry(topics.assets(), 1));
        assertThat(recorder.deadLetters).containsOnly(Map.entry(topics.movements() + "/NOT_WIRE_FORMAT", 1));
        assertThat(out).hasSize(scenario.expected().size());
        assertThat(recorder.alerts).isEqualTo(out.stream().collect(Collectors.groupingBy(
                a -> a.getRule() + "/" + a.getSeverity(), Collectors.reducing(0, a -> 1, Integer::sum))));
        assertThat(recorder.latencies).hasSize(out.size()).allSatisfy(l -> assertThat(l).isBetween(0L, 60_000L));
    }

    private static int count(Scenario scenario, Class<?> type) {
        return (int) scenario.events().stream().filter(type::isInstance).count();
    }

    private static TestInputTopic<String, SpecificRecord> input(TopologyTestDriver driver, String topic,
                                                                InMemorySchemaRegistry registry) {
        return driver.createInputTopic(topic, new StringSerializer(), new AvroSerializer<>(registry, false));
    }

}
