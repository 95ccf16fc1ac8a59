package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AssetSightingsSerdeTest {

    private final AssetSightingsSerde serde = new AssetSightingsSerde();

    @Property(tries = 300)
    void shouldReadBackWhatItWrote(@ForAll List<String> eventIds, @ForAll boolean contested) {
        AssetSightings seen = new AssetSightings();
        seen.eventIds.addAll(eventIds);
        seen.firstOwnerId = eventIds.isEmpty() ? null : eventIds.get(0) + "-owner";
        seen.contested = contested;

        AssetSightings read = roundTrip(seen);

        assertThat(read).usingRecursiveComparison().isEqualTo(seen);
        assertThat(read.eventIds).containsExactlyElementsOf(seen.eventIds);
    }

    @Test
    void shouldKeepTheOrderOfTheEventsSeen() {
        AssetSightings seen = sightings("a-9", "a-1", "a-5");

        assertThat(roundTrip(seen).eventIds).containsExactly("a-9", "a-1", "a-5");
    }

    @Test
    void shouldReadASightingStoredAsJsonByAnEarlierRelease() {
        // Given an asset's sightings as the JSON store of earlier releases holds them
        byte[] json = "{\"eventIds\":[\"a-1\",\"a-2\"],\"firstOwnerId\":\"OWNER-1\",\"contested\":true}"
                .getBytes(StandardCharsets.UTF_8);

        // When this build reads them
        AssetSightings read = serde.deserializer().deserialize("t", json);

        // Then every field is there, and they are written in the binary form from now on
        assertThat(read.eventIds).containsExactly("a-1", "a-2");
        assertThat(read.firstOwnerId).isEqualTo("OWNER-1");
        assertThat(read.contested).isTrue();
        byte[] written = serde.serializer().serialize("t", read);
        assertThat(written[0]).isEqualTo((byte) 1);
        assertThat(written.length).isLessThan(json.length);
    }

    @Test
    void shouldRefuseAnUnknownFormatVersion() {
        byte[] bytes = serde.serializer().serialize("t", sightings("a-1"));
        bytes[0] = 2;

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown asset sightings format version 2");
    }

    @Test
    void shouldRefuseATruncatedOrOverlongValue() {
        byte[] bytes = serde.serializer().serialize("t", sightings("a-1", "a-2"));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 2);
        byte[] overlong = Arrays.copyOf(bytes, bytes.length + 1);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", truncated))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", overlong))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cannot read");
    }

    private AssetSightings roundTrip(AssetSightings seen) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", seen));
    }

    private static AssetSightings sightings(String... eventIds) {
        AssetSightings seen = new AssetSightings();
        seen.eventIds.addAll(List.of(eventIds));
        seen.firstOwnerId = "OWNER-1";
        return seen;
    }
}
