package io.earmark.streams.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Money's arithmetic against exact integers: no overflow, no wrap, for every long. */
class MoneyProperties {

    @Property
    void shouldCompareProductsExactly(@ForAll long a, @ForAll long x, @ForAll long b, @ForAll long y) {
        int exact = big(a).multiply(big(x)).compareTo(big(b).multiply(big(y)));
        assertThat(Integer.signum(Money.compareProducts(a, x, b, y))).isEqualTo(exact);
    }

    @Property
    void shouldTakeASharePastTheRangeOfTheProduct(@ForAll @LongRange(min = 0) long amount,
                                                  @ForAll @IntRange(min = 0, max = 10_000) int bps) {
        long exact = big(amount).multiply(big(bps)).divide(big(10_000)).longValueExact();
        assertThat(Money.share(amount, bps)).isEqualTo(exact);
    }

    @Property
    void shouldSumExactlyOrSayWhich(@ForAll long a, @ForAll long b) {
        BigInteger sum = big(a).add(big(b));
        if (sum.bitLength() < 64) {
            assertThat(Money.plus("s", a, b)).isEqualTo(sum.longValueExact());
        } else {
            assertThatThrownBy(() -> Money.plus("paidToSellers", a, b)).isInstanceOf(MoneyOutOfRangeException.class)
                    .satisfies(e -> assertThat(((MoneyOutOfRangeException) e).what()).isEqualTo("paidToSellers"));
        }
        BigInteger difference = big(a).subtract(big(b));
        if (difference.bitLength() < 64) {
            assertThat(Money.minus("d", a, b)).isEqualTo(difference.longValueExact());
        } else {
            assertThatThrownBy(() -> Money.minus("balance", a, b)).isInstanceOf(MoneyOutOfRangeException.class);
        }
    }

    @Property
    void shouldWriteKztAsTheFormatterWould(@ForAll long tiyn) {
        long abs = Math.abs(tiyn);
        String formatted = String.format(java.util.Locale.ROOT, "%s%,d.%02d KZT", tiyn < 0 ? "-" : "",
                Long.divideUnsigned(abs, 100), Long.remainderUnsigned(abs, 100));
        assertThat(Money.kzt(tiyn)).isEqualTo(formatted);
    }

    @Example
    void shouldWriteKztTheSameWayWhateverTheMachinesLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Money.kzt(123_456_789L)).isEqualTo("1,234,567.89 KZT");
            assertThat(Money.kzt(-5L)).isEqualTo("-0.05 KZT");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Example
    void shouldDecideTheSubsidyThatOnceStoppedThePipeline() {
        // 9 x 10^17 tiyn at 50 % of a 10^8 lease: amount x 10,000 alone is past the range of a long
        assertThat(Money.compareProducts(900_000_000_000_000_000L, 10_000, 5_000, 100_000_000L)).isPositive();
        assertThat(900_000_000_000_000_000L - Money.share(100_000_000L, 5_000)).isEqualTo(899_999_999_950_000_000L);
    }

    @Example
    void shouldFormatTheSmallestLong() {
        assertThat(Money.kzt(Long.MIN_VALUE)).isEqualTo("-92,233,720,368,547,758.08 KZT");
        assertThat(Money.kzt(-5)).isEqualTo("-0.05 KZT");
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
