package io.earmark.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void shouldStartWithMagicByteZeroFollowedByBigEndianSchemaId() {
        byte[] framed = WireFormat.frame(0x01020304, new byte[] {42});

        assertThat(framed).containsExactly(0x00, 0x01, 0x02, 0x03, 0x04, 42);
    }

    @Test
    void shouldWriteSmallIdsWithLeadingZeroBytes() {
        assertThat(WireFormat.header(258)).containsExactly(0, 0, 0, 1, 2);
    }

    @Test
    void shouldReadBackTheSchemaIdIncludingHighBitIds() {
        assertThat(WireFormat.readSchemaId(WireFormat.frame(107, new byte[0]))).isEqualTo(107);
        assertThat(WireFormat.readSchemaId(WireFormat.header(0xFFFFFFFE))).isEqualTo(-2);
        assertThat(WireFormat.readSchemaId(WireFormat.header(Integer.MAX_VALUE))).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void shouldRejectNullShortAndWrongMagicByteAsNotWireFormat() {
        assertThatThrownBy(() -> WireFormat.readSchemaId(null))
                .isInstanceOf(NotWireFormatException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> WireFormat.readSchemaId(new byte[] {0, 0, 0, 1}))
                .isInstanceOf(NotWireFormatException.class).hasMessageContaining("4 bytes are too short");
        assertThatThrownBy(() -> WireFormat.readSchemaId("{\"a\":1}".getBytes()))
                .isInstanceOf(NotWireFormatException.class).hasMessageContaining("0x7b")
                .extracting(e -> ((DecodingException) e).reason()).isEqualTo("NOT_WIRE_FORMAT");
    }

    @Test
    void shouldTellWhetherBytesCarryAHeader() {
        assertThat(WireFormat.hasHeader(WireFormat.header(5))).isTrue();
        assertThat(WireFormat.hasHeader(new byte[] {1, 0, 0, 0, 5})).isFalse();
        assertThat(WireFormat.hasHeader(new byte[] {0, 0})).isFalse();
        assertThat(WireFormat.hasHeader(null)).isFalse();
    }
}
