package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.FundAlert;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.schemas.Topics;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.testing.PipelineDriver;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input goes to the dead-letter topic with its original bytes and provenance; processing goes on. */
class DeadLetterTest {

    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private byte[] encode(FundMovement movement) {
        return new AvroSerializer<FundMovement>(pipeline.registry(), false).serialize(Topics.MOVEMENTS, movement);
    }

    @Test
    void shouldDeadLetterEachKindOfBadRecordAndKeepProcessing() {
        byte[] garbage = {7, 7, 7, 7, 7, 7, 7};
        byte[] unknownId = ByteBuffer.allocate(9).put((byte) 0).putInt(987_654).putInt(42).array();
        byte[] good = encode(move("m0", "F1", OPERATOR, BANK, 100L, hours(1)));
        byte[] truncated = Arrays.copyOf(good, good.length - 4);
        byte[] negative = encode(move("m1", "F1", OPERATOR, BANK, -5L, hours(1)));
        byte[] blankId = encode(move(" ", "F1", OPERATOR, BANK, 5L, hours(1)));
        byte[] key = "F1".getBytes(StandardCharsets.UTF_8);

        pipeline.send(fund("F1", b -> b.setExpectedAssetCount(0)))
                .sendRaw(Topics.MOVEMENTS, key, garbage, hours(1))
                .sendRaw(Topics.MOVEMENTS, key, unknownId, hours(1))
                .sendRaw(Topics.MOVEMENTS, key, truncated, hours(1))
                .sendRaw(Topics.MOVEMENTS, key, negative, hours(1))
                .sendRaw(Topics.MOVEMENTS, key, blankId, hours(1))
                .send(move("m2", "F1", OPERATOR, BANK, 1_000L, hours(2)))
                .send(move("m3", "F1", BANK, OUTSIDER, 1_000L, hours(3)))
                .advanceTo(hours(4));

        List<TestRecord<byte[], byte[]>> letters = pipeline.deadLetters();
        assertThat(letters).extracting(r -> header(r, DeadLetterHeaders.REASON))
                .containsExactly("NOT_WIRE_FORMAT", "UNKNOWN_SCHEMA_ID", "UNDECODABLE", "INVALID_FIELD",
                        "INVALID_FIELD");
        assertThat(letters).extracting(r -> header(r, DeadLetterHeaders.SOURCE_TOPIC)).containsOnly(Topics.MOVEMENTS);
        assertThat(letters).extracting(r -> header(r, DeadLetterHeaders.SOURCE_PARTITION)).containsOnly("0");
        assertThat(letters).extracting(r -> header(r, DeadLetterHeaders.SOURCE_OFFSET))
                .containsExactly("0", "1", "2", "3", "4");
        assertThat(header(letters.get(1), DeadLetterHeaders.DETAIL)).contains("987654");
        assertThat(header(letters.get(3), DeadLetterHeaders.DETAIL)).contains("amount");
        assertThat(header(letters.get(4), DeadLetterHeaders.DETAIL)).contains("eventId");
        assertThat(letters.get(0).value()).isEqualTo(garbage);
        assertThat(letters.get(0).key()).isEqualTo(key);
        assertThat(letters.get(3).value()).isEqualTo(negative);

        assertThat(pipeline.alerts()).extracting(FundAlert::getAlertId).containsExactly("DIVERTED_FUNDS:F1:m3");
    }

    @Test
    void shouldDeadLetterAnEventOnTheWrongTopic() {
        byte[] movementOnFunds = encode(move("m1", "F1", OPERATOR, BANK, 5L, hours(1)));
        pipeline.sendRaw(Topics.FUNDS, null, movementOnFunds, hours(1)).advanceTo(hours(2));
        assertThat(pipeline.deadLetters()).extracting(r -> header(r, DeadLetterHeaders.REASON))
                .containsExactly("WRONG_TYPE");
    }
}
