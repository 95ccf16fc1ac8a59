package io.earmark.producers.ingest;

import io.earmark.producers.publish.DeadLetter;
import io.earmark.producers.publish.DeadLetterPublisher;
import io.earmark.producers.publish.EventPublisher;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.schemas.Topics;
import io.earmark.schemas.json.EventFiles;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import io.earmark.schemas.serde.AvroSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static io.earmark.producers.ingest.InputFiles.asset;
import static io.earmark.producers.ingest.InputFiles.fund;
import static io.earmark.producers.ingest.InputFiles.movement;
import static io.earmark.producers.ingest.InputFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

class IngestTest {
    @TempDir
    Path dir;

    private final Serializer<SpecificRecord> avro = new AvroSerializer<>(new InMemorySchemaRegistry(), false);
    private final MockProducer<byte[], byte[]> deadLetterProducer = new MockProducer<>(true, null,
            new ByteArraySerializer(), new ByteArraySerializer());
    private final StringWriter errors = new StringWriter();

    @Test
    void shouldPublishGoodLinesAndReportAndDeadLetterBadOnes() {
        write(dir, EventFiles.FUNDS_FILE, fund("F1", 0));
        write(dir, EventFiles.MOVEMENTS_FILE, movement("M1", 1), "{\"eventId\":", movement("M3", 3));
        write(dir, EventFiles.ASSETS_FILE, asset("A1", 2).replace("\"assetType\":\"CATTLE\"", "\"assetType\":\"\""));
        MockProducer<String, SpecificRecord> events = new MockProducer<>(true, null, new StringSerializer(), avro);

        IngestSummary summary = ingest(events);

        assertThat(events.history()).extracting(ProducerRecord::topic)
                .containsExactly(Topics.FUNDS, Topics.MOVEMENTS, Topics.MOVEMENTS);
        assertThat(summary.published()).isEqualTo(3);
        assertThat(summary.rejectedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
                DeadLetter.INVALID_JSON, 1L, DeadLetter.INVALID_FIELD, 1L));
        assertThat(summary.exitCode()).isEqualTo(1);
        assertThat(errors.toString()).contains("movements.jsonl:2: INVALID_JSON", "assets.jsonl:1: INVALID_FIELD",
                "assetType");
        assertThat(deadLetterProducer.history()).hasSize(2).allSatisfy(r -> assertThat(r.topic()).isEqualTo(Topics.DEADLETTER));
        ProducerRecord<byte[], byte[]> letter = deadLetterProducer.history().stream()
                .filter(r -> headers(r).get(DeadLetterHeaders.SOURCE_FILE).equals("movements.jsonl")).findFirst().orElseThrow();
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"eventId\":");
        assertThat(headers(letter)).containsEntry(DeadLetterHeaders.SOURCE_FILE, "movements.jsonl")
                .containsEntry(DeadLetterHeaders.SOURCE_LINE, "2")
                .containsEntry(DeadLetterHeaders.REASON, DeadLetter.INVALID_JSON)
                .containsEntry(DeadLetterHeaders.WRITER, "ingest")
                .containsKey(DeadLetterHeaders.DETAIL);
    }

    @Test
    void shouldExitCleanlyWhenEveryLineIsPublished() {
        write(dir, EventFiles.FUNDS_FILE, fund("F1", 0), fund("F2", 3));
        write(dir, EventFiles.MOVEMENTS_FILE, movement("M1", 1));

        IngestSummary summary = ingest(new MockProducer<>(true, null, new StringSerializer(), avro));

        assertThat(summary.exitCode()).isZero();
        assertThat(summary.render()).startsWith("lines: 3, published: 3, rejected: 0");
        assertThat(deadLetterProducer.history()).isEmpty();
    }

    @Test
    void shouldRejectAndDeadLetterAnEventTheBrokerRefuses() {
        write(dir, EventFiles.MOVEMENTS_FILE, movement("M1", 1), movement("HUGE", 2));
        Serializer<SpecificRecord> refusing = (topic, record) -> {
            if (((FundMovement) record).getEventId().equals("HUGE")) {
                throw new RecordTooLargeException("the message is 2000000 bytes");
            }
            return avro.serialize(topic, record);
        };

        IngestSummary summary = ingest(new MockProducer<>(true, null, new StringSerializer(), refusing));

        assertThat(summary.published()).isEqualTo(1);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(DeadLetter.PUBLISH_FAILED);
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.detail()).contains("RecordTooLargeException");
        });
        assertThat(headers(deadLetterProducer.history().get(0))).containsEntry(DeadLetterHeaders.SOURCE_LINE, "2");
        assertThat(summary.latestPublished()).isEqualTo(InputFiles.T0.plusSeconds(60));
    }

    private IngestSummary ingest(MockProducer<String, SpecificRecord> events) {
        Ingest ingest = new Ingest(new EventPublisher(events), new DeadLetterPublisher(deadLetterProducer),
                new PrintWriter(errors, true));
        var lines = InputMerger.merge(dir);
        return ingest.run(lines, new Progress(new PrintWriter(new StringWriter()), false, lines.size(), () -> 0L));
    }

    private static Map<String, String> headers(ProducerRecord<byte[], byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
    }
}
