package io.earmark.producers.publish;

import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.schemas.Topics;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterPublisherTest {

    @Test
    void shouldWriteTheRawLineWithReasonAndProvenanceHeaders() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        String raw = "{\"eventId\":\"x\",\"amount\":-5}";

        new DeadLetterPublisher(producer).publish(
                DeadLetter.forLine("movements.jsonl", 17, raw, DeadLetter.INVALID_FIELD, "field \"amount\": must be > 0"));

        ProducerRecord<byte[], byte[]> sent = producer.history().get(0);
        assertThat(sent.topic()).isEqualTo(Topics.DEADLETTER);
        assertThat(sent.key()).isNull();
        assertThat(new String(sent.value(), StandardCharsets.UTF_8)).isEqualTo(raw);
        assertThat(headers(sent)).containsExactlyInAnyOrderEntriesOf(Map.of(
                DeadLetterHeaders.REASON, "INVALID_FIELD",
                DeadLetterHeaders.DETAIL, "field \"amount\": must be > 0",
                DeadLetterHeaders.SOURCE_FILE, "movements.jsonl",
                DeadLetterHeaders.SOURCE_LINE, "17",
                DeadLetterHeaders.WRITER, "ingest"));
    }

    static Map<String, String> headers(ProducerRecord<byte[], byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
    }
}
