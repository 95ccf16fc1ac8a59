package io.earmark.streams.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TiynTest {

    @Test
    void shouldWriteTiynAsKztWithThousandsSeparators() {
        assertThat(Tiyn.kzt(0)).isEqualTo("0.00 KZT");
        assertThat(Tiyn.kzt(5)).isEqualTo("0.05 KZT");
        assertThat(Tiyn.kzt(123_456_789)).isEqualTo("1,234,567.89 KZT");
        assertThat(Tiyn.kzt(-100_000)).isEqualTo("-1,000.00 KZT");
        assertThat(Tiyn.kzt(Long.MIN_VALUE)).isEqualTo("-92,233,720,368,547,758.08 KZT");
        assertThat(Tiyn.wholeKzt(123_456_789)).isEqualTo("1,234,567 KZT");
        assertThat(Tiyn.amount(123_456_789)).isEqualTo("1,234,567.89");
    }

    @Test
    void shouldRefuseASumPastTheRangeOfALong() {
        assertThat(Tiyn.plus("x", Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Tiyn.plus("recovered funds", Long.MAX_VALUE, 1)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("recovered funds");
    }

    @Test
    void shouldTakeTheMiddleOrTheMeanOfTheTwoMiddleTimes() {
        assertThat(Durations.median(List.of())).isNull();
        assertThat(Durations.median(List.of(30L, 10L, 20L))).isEqualTo(20L);
        assertThat(Durations.median(List.of(40L, 10L, 20L, 31L))).isEqualTo(25L);
        assertThat(Durations.median(List.of(Long.MAX_VALUE, Long.MAX_VALUE - 2))).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(Durations.text(null)).isEqualTo("\u2014");
        assertThat(Durations.text(45_000L)).isEqualTo("45 s");
        assertThat(Durations.text(12 * 60_000L)).isEqualTo("12 min");
        assertThat(Durations.text((5 * 60 + 12) * 60_000L)).isEqualTo("5 h 12 min");
        assertThat(Durations.text(((3 * 24 + 4) * 60 + 59) * 60_000L)).isEqualTo("3 d 4 h");
    }
}
