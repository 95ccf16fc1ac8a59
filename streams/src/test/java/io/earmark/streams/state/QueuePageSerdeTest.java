package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.Channel;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Movement;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** An event buffer's page leaves out the keys its envelopes give anyway, and pages of either form are read. */
class QueuePageSerdeTest {

    private final QueuePageSerde<Envelope> withKeys = new QueuePageSerde<>(new EnvelopeSerde());
    private final QueuePageSerde<Envelope> keysFromValues = new QueuePageSerde<>(new EnvelopeSerde(),
            OrderKeys::envelope);

    @Test
    void shouldWriteABufferPageWithoutItsKeysAndMakeThemAgainWhenRead() {
        QueuePage<Envelope> page = page(entry(envelope("m-1", 5)), entry(envelope("m-2", 7)));

        byte[] bytes = keysFromValues.serializer().serialize("t", page);
        QueuePage<Envelope> read = keysFromValues.deserializer().deserialize("t", bytes);

        assertThat(bytes[0]).isEqualTo((byte) 2);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .doesNotContain(OrderKeys.envelope(envelope("m-1", 5)));
        assertThat(entries(read)).isEqualTo(entries(page));
        assertThat(bytes.length).isLessThan(withKeys.serializer().serialize("t", page).length);
    }

    @Test
    void shouldReadAPageThatAnEarlierReleaseWroteWithItsKeys() {
        QueuePage<Envelope> page = page(entry(envelope("m-1", 5)));

        byte[] earlier = withKeys.serializer().serialize("t", page);

        assertThat(earlier[0]).isEqualTo((byte) 1);
        assertThat(entries(keysFromValues.deserializer().deserialize("t", earlier))).isEqualTo(entries(page));
    }

    @Test
    void shouldKeepTheKeysOfAPageWhoseKeysDoNotFollowFromItsValues() {
        QueuePage<Envelope> page = page(new SimpleImmutableEntry<>("some other key", envelope("m-1", 5)));

        byte[] bytes = keysFromValues.serializer().serialize("t", page);

        assertThat(bytes[0]).isEqualTo((byte) 1);
        assertThat(entries(keysFromValues.deserializer().deserialize("t", bytes))).isEqualTo(entries(page));
    }

    @Test
    void shouldRefuseAPageWithoutKeysWhenItCannotMakeThem() {
        byte[] bytes = keysFromValues.serializer().serialize("t", page(entry(envelope("m-1", 5))));

        assertThatThrownBy(() -> withKeys.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown queue page format version 2");
    }

    @SafeVarargs
    private static QueuePage<Envelope> page(Map.Entry<String, Envelope>... entries) {
        return new QueuePage.Entries<>(List.of(entries));
    }

    private static Map.Entry<String, Envelope> entry(Envelope envelope) {
        return new SimpleImmutableEntry<>(OrderKeys.envelope(envelope), envelope);
    }

    private static List<Map.Entry<String, Envelope>> entries(QueuePage<Envelope> page) {
        return List.copyOf(((QueuePage.Entries<Envelope>) page).entries());
    }

    private static Envelope envelope(String eventId, long at) {
        return new Envelope("movements:0", new Movement(eventId, "F-1", "BIC", "BANK", "SELLER", 100,
                Channel.TRANSFER, null, at));
    }
}
