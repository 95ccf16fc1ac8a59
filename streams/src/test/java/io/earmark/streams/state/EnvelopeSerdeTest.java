package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.Channel;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.model.AssetHandover;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.HandoverAsked;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Registration;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.model.Sighting;
import io.earmark.streams.model.Watermark;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every payload between stages survives the binary envelope format unchanged, nulls and non-ASCII text included. */
class EnvelopeSerdeTest {

    private final EnvelopeSerde serde = new EnvelopeSerde();

    private static final Registration REGISTRATION = new Registration("a-1", Registry.LIVESTOCK_IDENTIFICATION,
            "KZ-001", "CATTLE", "850312300123", null, null, 450_000_00L, 1_700_000_000_000L);

    static Stream<Payload> payloads() {
        return Stream.of(
                new Fund("e-1", "F1", Programme.INVESTMENT_SUBSIDY, "010140003594", "850312300123", "990740000683",
                        7_000_000_00L, Purpose.LEASED_EQUIPMENT, List.of("120540012345", "Сатушы"), 2,
                        9_000_000_00L, 4_500, 72, 30, 1_700_000_000_000L),
                new Fund("e-2", "F2", Programme.AUYL_AMANATY, "o", "b", "fo", 1L, Purpose.LIVESTOCK, List.of(), 0, 0L,
                        null, 1, 1, 5L),
                new Movement("m-1", "F1", "HSBKKZKX", "990740000683", "770101300999", 1_234_00L,
                        Channel.CASH_WITHDRAWAL, "KNP 311", 1_700_000_000_001L),
                new Movement("m-2", null, "HSBKKZKX", "a", "b", 1L, Channel.TRANSFER, null, 0L),
                REGISTRATION,
                new Sighting(REGISTRATION, true),
                new Sighting(REGISTRATION, true, true),
                Assignment.matched(REGISTRATION, null),
                Assignment.matched(REGISTRATION, "F1").duplicateOf("F0", "a-0", 1_600_000_000_000L),
                Assignment.matched(REGISTRATION, "F1").awaitingVerdict(),
                new HandoverAsked("KZ-001", "850312300123", "a-2", 1_700_000_000_002L),
                new AssetHandover("KZ-001", "F0", "a-0", 1_600_000_000_000L, List.of("a-0", "a-1"), "a-2", 3L),
                new AssetHandover("KZ-001", null, null, null, List.of(), "a-2", 3L),
                new AssetVerdict(Assignment.matched(REGISTRATION, "F1").duplicateOf("F0", "a-0", 1L), true),
                new AssetVerdict(Assignment.matched(REGISTRATION, "F1"), false),
                new SellerPayment("m-3", "F1", Programme.SEC_FUNDS, "b", "fo", "s", 10L, 11L, 11L),
                new SellerPayment("m-5", "F1", Programme.SEC_FUNDS, "b", "fo", "s", 10L, 11L, 15L),
                new KickbackSignal("F1", "s", 3L, 10L, "m-4", 12L,
                        List.of(new EvidenceRef("m-3", "earmark.movements.v1", 11L))),
                new Watermark(-1L));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void shouldReadBackWhatItWrote(Payload payload) {
        Envelope envelope = new Envelope("owner:3", payload);
        byte[] bytes = serde.serializer().serialize("t", envelope);
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(envelope);
    }

    /** A seller payment written before payments had a place apart from their receipt stands in order at its receipt. */
    @Test
    void shouldReadASellerPaymentOfTheFormerLayout() {
        Envelope watermark = new Envelope("core:1", new Watermark(7L));
        int tagAt = serde.serializer().serialize("t", watermark).length - 1 - Long.BYTES;
        Envelope payment = new Envelope("core:1",
                new SellerPayment("m-3", "F1", Programme.SEC_FUNDS, "b", "fo", "s", 10L, 11L, 11L));
        byte[] current = serde.serializer().serialize("t", payment);
        byte[] former = java.util.Arrays.copyOf(current, current.length - Long.BYTES);
        former[tagAt] = 6;
        assertThat(serde.deserializer().deserialize("t", former)).isEqualTo(payment);
    }

    @Test
    void shouldPassNullThroughAndRejectAnUnknownFormat() {
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {9, 0, 0, 0, 0}))
                .isInstanceOf(SerializationException.class);
    }
}
