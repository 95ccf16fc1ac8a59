package io.earmark.producers.ingest;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.deploy.testing.TestRecords;
import io.earmark.producers.cli.ProduceCommand;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.ScenarioWriter;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.schemas.Topics;
import io.earmark.schemas.json.EventFiles;
import io.earmark.schemas.json.JsonLines;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.EventDecoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The produce command against a real broker and schema registry: a simulated directory with two bad lines. */
@ExtendWith(KafkaStackExtension.class)
class IngestIT {
    private static final int PARTITIONS = 3;

    @BeforeAll
    static void createTopics(KafkaStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = List.of(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS, Topics.DEADLETTER).stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, t.equals(Topics.DEADLETTER) ? 1 : PARTITIONS, (short) 1)).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldPublishGoodLinesToTheirTopicsAndBadLinesToTheDeadLetterTopic(KafkaStack stack, @TempDir Path dir)
            throws Exception {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(12, 21, 0.3));
        ScenarioWriter.write(scenario, dir);
        String negative = JsonLines.write(FundMovement.newBuilder((FundMovement) first(scenario, FundMovement.class))
                .setEventId("BAD-NEGATIVE").setAmount(1).build()).replace("\"amount\":1,", "\"amount\":-5,");
        Files.writeString(dir.resolve(EventFiles.MOVEMENTS_FILE), "not json at all\n" + negative + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        CommandLine cli = new CommandLine(new ProduceCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
                "--input", dir.toString());

        assertThat(code).as(err.toString()).isEqualTo(1);
        int movementLines = (int) Files.lines(dir.resolve(EventFiles.MOVEMENTS_FILE)).count();
        assertThat(err.toString()).contains("movements.jsonl:" + (movementLines - 1) + ": INVALID_JSON",
                "movements.jsonl:" + movementLines + ": INVALID_FIELD");
        assertThat(out.toString()).contains("rejected: 2", "heartbeats at " + scenario.end());
        EventDecoder decoder = new EventDecoder(new HttpSchemaRegistryClient(stack.registryUrl()));
        for (String topic : List.of(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS)) {
            List<ScenarioEvent> expected = scenario.events().stream().filter(e -> e.topic().equals(topic)).toList();
            List<ConsumerRecord<String, byte[]>> records = TestRecords.consume(stack, topic, new StringDeserializer(),
                    new ByteArrayDeserializer(), expected.size() + PARTITIONS);

            assertThat(records).hasSize(expected.size() + PARTITIONS);
            List<SpecificRecord> values = records.stream().map(r -> decoder.decode(r.value())).toList();
            assertThat(values).filteredOn(v -> !(v instanceof Heartbeat))
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(ScenarioEvent::record).toList());
            assertThat(records).filteredOn(r -> decoder.decode(r.value()) instanceof Heartbeat)
                    .extracting(ConsumerRecord::partition).containsExactlyInAnyOrder(0, 1, 2);
            assertThat(records).allSatisfy(r -> assertThat(r.timestamp())
                    .isLessThanOrEqualTo(scenario.end().toEpochMilli()));
        }
        List<ConsumerRecord<byte[], byte[]>> letters = TestRecords.consume(stack, Topics.DEADLETTER,
                new ByteArrayDeserializer(), new ByteArrayDeserializer(), 2);
        assertThat(letters).hasSize(2);
        assertThat(letters).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("not json at all", negative);
        assertThat(letters).extracting(r -> headers(r).get(DeadLetterHeaders.REASON))
                .containsExactlyInAnyOrder("INVALID_JSON", "INVALID_FIELD");
        assertThat(letters).allSatisfy(r -> assertThat(headers(r))
                .containsEntry(DeadLetterHeaders.SOURCE_FILE, EventFiles.MOVEMENTS_FILE)
                .containsEntry(DeadLetterHeaders.WRITER, "ingest")
                .containsKeys(DeadLetterHeaders.SOURCE_LINE, DeadLetterHeaders.DETAIL));
    }

    private static SpecificRecord first(Scenario scenario, Class<?> type) {
        return scenario.events().stream().map(ScenarioEvent::record).filter(type::isInstance).findFirst().orElseThrow();
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
    }
}
