package io.earmark.reliability.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.producers.cli.ProduceCommand;
import io.earmark.reliability.ingest.FuzzedInput.Located;
import io.earmark.reliability.support.Figures;
import io.earmark.reliability.support.TopicContents;
import io.earmark.reliability.support.TopicTail;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.schemas.Topics;
import io.earmark.schemas.json.EventFiles;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.EventDecoder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Fuzzed ingest end to end: a seeded input directory of good and broken lines goes through the real
 * {@code ./earmark produce} command to the real broker and registry. Every bad line must be reported with its file
 * and line number and be on the dead-letter topic with its reason and source; every good line must be on its topic;
 * the command must finish (summary and final heartbeats) instead of crashing.
 */
@ExtendWith(KafkaStackExtension.class)
class FuzzedIngestIT {
    private static final long SEED = 4242L;
    private static final int LINES = 300;
    private static final int PARTITIONS = 3;
    private static final Duration READ = Duration.ofSeconds(60);
    private static final List<String> INPUTS = List.of(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS);

    @BeforeAll
    static void createTopics(KafkaStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = List.of(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS, Topics.DEADLETTER).stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, t.equals(Topics.DEADLETTER) ? 1 : PARTITIONS, (short) 1)
                            .configs(Map.of("retention.ms", "-1"))).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldReportAndDeadLetterEveryBadLineAndPublishEveryGoodOne(KafkaStack stack, @TempDir Path dir) {
        FuzzedInput input = FuzzedInput.write(dir, SeededInput.lines(SEED, LINES, 0.4));
        List<Located> good = input.located().stream().filter(l -> l.line().good()).toList();
        List<Located> bad = input.located().stream().filter(l -> !l.line().good()).toList();
        Instant latestGood = good.stream().map(l -> eventTime(l.line().source())).max(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, TopicTail> tails = new LinkedHashMap<>();
        for (String topic : List.of(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS, Topics.DEADLETTER)) {
            tails.put(topic, TopicTail.from(stack, topic));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        CommandLine cli = new CommandLine(new ProduceCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
                "--input", dir.toString());

        // the command finished its run: summary, final heartbeats at the latest good event, exit code 1
        assertThat(out.toString()).as(err.toString())
                .contains("lines: " + LINES + ", published: " + good.size() + ", rejected: " + bad.size())
                .contains("heartbeats at " + latestGood);
        assertThat(code).isEqualTo(1);
        // each bad line reported once, at its own file and line number, with its reason
        List<String> reported = err.toString().lines().filter(l -> l.startsWith("rejected ")).toList();
        assertThat(reported).hasSize(bad.size());
        bad.forEach(l -> assertThat(err.toString()).contains(
                "rejected " + l.file() + ":" + l.lineNumber() + ": " + l.line().defect().reason() + ": "));

        // each good line on its topic, nothing else but one heartbeat per partition
        EventDecoder decoder = new EventDecoder(new HttpSchemaRegistryClient(stack.registryUrl()));
        for (String topic : INPUTS) {
            List<SpecificRecord> expected = good.stream().map(l -> l.line().source())
                    .filter(e -> topicOf(e).equals(topic)).toList();
            List<SpecificRecord> published = tails.get(topic).read(expected.size() + PARTITIONS, READ).stream()
                    .map(r -> decoder.decode(r.value())).toList();
            assertThat(published).filteredOn(v -> !(v instanceof Heartbeat))
                    .as(topic).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(published).filteredOn(v -> v instanceof Heartbeat).as(topic).hasSize(PARTITIONS);
        }

        // each bad line dead-lettered once, with its reason, file and line, and the line itself
        List<ConsumerRecord<byte[], byte[]>> letters = tails.get(Topics.DEADLETTER).read(bad.size(), READ);
        assertThat(letters).hasSize(bad.size());
        Map<String, ConsumerRecord<byte[], byte[]>> byLine = letters.stream().collect(Collectors.toMap(
                l -> TopicContents.headers(l).get(DeadLetterHeaders.SOURCE_FILE) + ":"
                        + TopicContents.headers(l).get(DeadLetterHeaders.SOURCE_LINE), Function.identity()));
        for (Located line : bad) {
            ConsumerRecord<byte[], byte[]> letter = byLine.get(line.file() + ":" + line.lineNumber());
            assertThat(letter).as("dead letter of %s:%d", line.file(), line.lineNumber()).isNotNull();
            assertThat(TopicContents.headers(letter))
                    .containsEntry(DeadLetterHeaders.REASON, line.line().defect().reason())
                    .containsEntry(DeadLetterHeaders.WRITER, "ingest");
            assertThat(letter.value()).isEqualTo(asDeadLettered(line.line()));
        }

        Figures.write("fuzzed-ingest-run", Map.of(
                "test", "FuzzedIngestIT",
                "seed", SEED,
                "lines", LINES,
                "published", good.size(),
                "rejected", bad.size(),
                "deadLettered", letters.size(),
                "rejectedByDefect", countBy(bad, l -> l.line().defect().name()),
                "rejectedByReason", countBy(bad, l -> l.line().defect().reason())));
    }

    /**
     * The value ingest dead-letters for a line: the line's text as UTF-8, where invalid UTF-8 bytes were read as
     * U+FFFD (the documented behaviour of the line reader).
     */
    private static byte[] asDeadLettered(FuzzedLine line) {
        return new String(line.bytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }

    private static Instant eventTime(SpecificRecord event) {
        return (Instant) event.get(event.getSchema().getField("eventTime").pos());
    }

    private static String topicOf(SpecificRecord event) {
        return switch (GoodEvents.fileOf(event)) {
            case EventFiles.FUNDS_FILE -> Topics.FUNDS;
            case EventFiles.MOVEMENTS_FILE -> Topics.MOVEMENTS;
            default -> Topics.ASSETS;
        };
    }

    private static Map<String, Long> countBy(List<Located> lines, Function<Located, String> key) {
        return lines.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
