package io.earmark.streams.it;

import io.earmark.schemas.EventKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.deploy.testing.TestTopics;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.testing.PipelineProcess;
import io.earmark.streams.testing.Scenario;
import io.earmark.streams.testing.Scenario.ExpectedAlert;
import io.earmark.streams.topology.TopicNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pipeline as an OS process on the real broker and registry, exactly-once: the every-rule scenario goes in, the
 * process is killed with SIGKILL as soon as the first alerts are out, restarted, and the alerts read with
 * read_committed are exactly the expected ones: none lost, none doubled.
 */
@ExtendWith(KafkaStackExtension.class)
class PipelineIT {

    private static final int PARTITIONS = 3;

    @Test
    void shouldRaiseEveryRuleExactlyOnceAcrossAHardKill(KafkaStack stack) throws Exception {
        Scenario scenario = Scenario.load("scenarios/every-rule");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String funds = TestTopics.create(stack, "funds", PARTITIONS);
        String movements = TestTopics.create(stack, "movements", PARTITIONS);
        String assets = TestTopics.create(stack, "assets", PARTITIONS);
        String alerts = TestTopics.create(stack, "alerts", PARTITIONS);
        String statuses = TestTopics.create(stack, "status", PARTITIONS);
        String deadLetters = TestTopics.create(stack, "deadletter", 1);
        Path work = Files.createTempDirectory(Path.of("target"), "pipeline-it-");
        Map<String, String> settings = PipelineProcess.settings(stack, "pipeline-it-" + suffix, work,
                new TopicNames(funds, movements, assets, alerts, statuses, deadLetters, "kickback-" + suffix,
                        "cases-" + suffix));

        List<FundAlert> received = new ArrayList<>();
        try (PipelineProcess pipeline = new PipelineProcess(work, settings).start();
             KafkaConsumer<String, FundAlert> consumer = alertConsumer(stack, alerts)) {
            publish(stack, scenario, funds, movements, assets);
            await().atMost(Duration.ofSeconds(120)).until(() -> poll(consumer, received) >= 1);
            pipeline.kill();
            assertThat(pipeline.isAlive()).isFalse();

            pipeline.start();
            await().atMost(Duration.ofSeconds(180))
                    .until(() -> poll(consumer, received) >= scenario.expected().size());
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> poll(consumer, received) == scenario.expected().size());
        }
        assertThat(received).extracting(a -> new ExpectedAlert(a.getAlertId(), a.getRule().name(), a.getFundId(),
                a.getSeverity().name(), a.getAmountAtRisk())).containsExactlyInAnyOrderElementsOf(scenario.expected());
    }

    private static int poll(KafkaConsumer<String, FundAlert> consumer, List<FundAlert> into) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> into.add(r.value()));
        return into.size();
    }

    private static KafkaConsumer<String, FundAlert> alertConsumer(KafkaStack stack, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, FundAlert> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new AvroDeserializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), FundAlert.class));
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static void publish(KafkaStack stack, Scenario scenario, String funds, String movements, String assets) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        AvroSerializer<SpecificRecord> values = new AvroSerializer<>(
                new HttpSchemaRegistryClient(stack.registryUrl()), false);
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(props, new StringSerializer(),
                values)) {
            for (SpecificRecord e : scenario.events()) {
                long time = Scenario.eventTime(e).toEpochMilli();
                String topic = e instanceof io.earmark.schema.FundEarmarked ? funds
                        : e instanceof io.earmark.schema.FundMovement ? movements : assets;
                producer.send(new ProducerRecord<>(topic, null, time, EventKeys.keyOf(e), e));
            }
            long end = scenario.end().toEpochMilli();
            for (String topic : List.of(funds, movements, assets)) {
                for (int p = 0; p < PARTITIONS; p++) {
                    producer.send(new ProducerRecord<>(topic, p, end, null,
                            new Heartbeat("pipeline-it", p, scenario.end())));
                }
            }
            producer.flush();
        }
    }
}
