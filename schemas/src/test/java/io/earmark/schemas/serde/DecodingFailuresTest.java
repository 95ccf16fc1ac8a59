package io.earmark.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.earmark.schema.FundMovement;
import io.earmark.schemas.SampleEvents;
import io.earmark.schemas.Topics;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import io.earmark.schemas.registry.UnknownSchemaIdException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecodingFailuresTest {
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final AvroDeserializer<FundMovement> deserializer = new AvroDeserializer<>(registry, FundMovement.class);
    private final byte[] valid = new AvroSerializer<FundMovement>(registry, false)
            .serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());

    @Test
    void shouldReportBytesWithoutTheMagicByteAsNotWireFormat() {
        byte[] json = "{\"eventId\":\"m-1\"}".getBytes();

        assertThat(failure(json)).isInstanceOf(NotWireFormatException.class)
                .extracting(DecodingException::reason).isEqualTo("NOT_WIRE_FORMAT");
        assertThat(failure(new byte[] {0, 0, 1})).isInstanceOf(NotWireFormatException.class);
        assertThat(failure(new byte[0])).isInstanceOf(NotWireFormatException.class);
    }

    @Test
    void shouldReportAnIdTheRegistryDoesNotKnowAsUnknownSchemaIdNamingTheId() {
        byte[] bytes = valid.clone();
        bytes[4] = (byte) 0x55; // some id nobody registered

        DecodingException failure = failure(bytes);

        int id = WireFormat.readSchemaId(bytes);
        assertThat(failure).isInstanceOf(WriterSchemaNotFoundException.class)
                .hasMessageContaining("unknown schema id " + id)
                .hasCauseInstanceOf(UnknownSchemaIdException.class);
        assertThat(failure.reason()).isEqualTo("UNKNOWN_SCHEMA_ID");
        assertThat(((WriterSchemaNotFoundException) failure).schemaId()).isEqualTo(id);
    }

    @Test
    void shouldReportATruncatedBodyAsUndecodable() {
        byte[] truncated = Arrays.copyOf(valid, valid.length - 3);

        assertThat(failure(truncated)).isInstanceOf(UndecodableRecordException.class)
                .extracting(DecodingException::reason).isEqualTo("UNDECODABLE");
    }

    @Test
    void shouldReportTrailingBytesAsUndecodable() {
        byte[] longer = Arrays.copyOf(valid, valid.length + 2);

        assertThat(failure(longer)).isInstanceOf(UndecodableRecordException.class)
                .hasMessageContaining("trailing bytes");
    }

    @Test
    void shouldRejectAHugeStringLengthWithoutAllocatingIt() {
        // eventId's length prefix: zig-zag varint of ~1e9, far beyond the record's size
        byte[] bytes = WireFormat.frame(WireFormat.readSchemaId(valid), new byte[] {(byte) 0xfe, (byte) 0xff,
            (byte) 0xff, (byte) 0xff, 0x07, 'a', 'b'});

        assertThat(failure(bytes)).isInstanceOf(UndecodableRecordException.class)
                .hasMessageContaining("impossible");
    }

    @Test
    void shouldTurnRandomGarbageBodiesIntoDecodingExceptionsOnly() {
        Random random = new Random(20241001);
        int id = WireFormat.readSchemaId(valid);
        int failures = 0;
        for (int i = 0; i < 5_000; i++) {
            byte[] body = new byte[random.nextInt(64)];
            random.nextBytes(body);
            Throwable thrown = catchThrowable(() -> deserializer.deserialize(Topics.MOVEMENTS, WireFormat.frame(id, body)));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(UndecodableRecordException.class);
                failures++;
            }
        }
        assertThat(failures).isGreaterThan(4_900);
    }

    @Test
    void shouldRefuseValuesLargerThanTheConfiguredMaximum() {
        AvroDeserializer<FundMovement> small = new AvroDeserializer<>(registry, FundMovement.class, 32);

        assertThatThrownBy(() -> small.deserialize(Topics.MOVEMENTS, new byte[33]))
                .isInstanceOf(RecordTooLargeException.class)
                .hasMessageContaining("33 bytes exceeds the maximum of 32")
                .extracting(e -> ((DecodingException) e).reason()).isEqualTo("TOO_LARGE");
    }

    @Test
    void shouldRefuseValuesLargerThanOneMebibyteByDefault() {
        byte[] big = WireFormat.frame(WireFormat.readSchemaId(valid), new byte[1 << 20]);

        assertThat(failure(big)).isInstanceOf(RecordTooLargeException.class);
        assertThat(((RecordTooLargeException) failure(big)).maxBytes()).isEqualTo(1 << 20);
    }

    @Test
    void shouldReportARecordOfAnotherTypeAsUndecodableNamingBothTypes() {
        byte[] heartbeat = new AvroSerializer<>(registry, false).serialize(Topics.MOVEMENTS, SampleEvents.heartbeat());

        assertThat(failure(heartbeat)).isInstanceOf(UndecodableRecordException.class)
                .hasMessageContaining("io.earmark.schema.Heartbeat")
                .hasMessageContaining("io.earmark.schema.FundMovement");
    }

    @Test
    void shouldStillDecodeGoodRecordsAfterFailures() {
        failure(Arrays.copyOf(valid, valid.length - 3));

        assertThat(deserializer.deserialize(Topics.MOVEMENTS, valid)).isEqualTo(SampleEvents.fundMovement());
    }

    private DecodingException failure(byte[] bytes) {
        Throwable thrown = catchThrowable(() -> deserializer.deserialize(Topics.MOVEMENTS, bytes));
        assertThat(thrown).isInstanceOf(DecodingException.class);
        return (DecodingException) thrown;
    }
}
