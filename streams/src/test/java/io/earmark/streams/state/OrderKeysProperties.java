package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OrderKeysProperties {

    @Property
    void shouldWriteWhatTheFormatterWrites(@ForAll long n, @ForAll @IntRange(min = 1, max = 22) int width) {
        assertThat(OrderKeys.padded(n, width)).isEqualTo(String.format("%0" + width + "d", n));
    }

    @Property
    void shouldWriteTimesAsNineteenDigits(@ForAll long t) {
        assertThat(OrderKeys.time(t)).isEqualTo(String.format("%019d", t));
    }

    @Example
    void shouldKeepTheOrderOfNumbersInTheOrderOfText() {
        assertThat(OrderKeys.padded(9, 6)).isEqualTo("000009");
        assertThat(OrderKeys.padded(9, 6).compareTo(OrderKeys.padded(10, 6))).isNegative();
    }
}
