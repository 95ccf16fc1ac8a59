package io.earmark.streams.rules;

import java.time.Instant;

/**
 * Money in tiyn, exactly. Sums ({@link #plus}) never wrap: a sum past the range of a {@code long} throws a
 * {@link MoneyOutOfRangeException} naming what was summed, so the event that caused it is dead-lettered and the
 * ledger keeps its exact value. Scaled comparisons ({@link #compareProducts}) and shares ({@link #share}) are exact
 * for every {@code long}: they never overflow, whatever the amounts. Also the formatting for alert messages: tiyn as
 * KZT with two decimals, instants as ISO-8601.
 */
public final class Money {

    private static final long BPS = 10_000;

    private Money() {
    }

    /**
     * {@code tiyn} as KZT with two decimals and a comma between thousands ("1,234,567.89 KZT"): the text of
     * {@code String.format(Locale.ROOT, "%s%,d.%02d KZT", ...)}, built without the formatter (it ran for every alert).
     * Alert messages are part of the alert, so the text is the same on every instance whatever its locale.
     */
    public static String kzt(long tiyn) {
        long abs = Math.abs(tiyn); // Long.MIN_VALUE stays negative, but reads right as unsigned
        String whole = Long.toUnsignedString(Long.divideUnsigned(abs, 100));
        int cents = (int) Long.remainderUnsigned(abs, 100);
        StringBuilder text = new StringBuilder(whole.length() + whole.length() / 3 + 9);
        if (tiyn < 0) {
            text.append('-');
        }
        int head = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        text.append(whole, 0, head);
        for (int i = head; i < whole.length(); i += 3) {
            text.append(',').append(whole, i, i + 3);
        }
        return text.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10)).append(" KZT")
                .toString();
    }

    public static String at(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** {@code a + b}, exactly; throws naming {@code what} when the sum leaves the range of a {@code long}. */
    public static long plus(String what, long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw new MoneyOutOfRangeException(what, a, b);
        }
        return sum;
    }

    /** {@code a − b}, exactly; throws naming {@code what} when the difference leaves the range of a {@code long}. */
    public static long minus(String what, long a, long b) {
        long difference = a - b;
        if (((a ^ b) & (a ^ difference)) < 0) {
            throw new MoneyOutOfRangeException(what, a, -b);
        }
        return difference;
    }

    /**
     * Compares {@code a × x} with {@code b × y} exactly, as 128-bit products: negative, zero or positive as the first
     * is smaller, equal or larger.
     */
    public static int compareProducts(long a, long x, long b, long y) {
        int high = Long.compare(Math.multiplyHigh(a, x), Math.multiplyHigh(b, y));
        return high != 0 ? high : Long.compareUnsigned(a * x, b * y);
    }

    /**
     * {@code ⌊amount × bps / 10000⌋} for an amount ≥ 0 and bps in 0..10000, without forming the product: the result
     * is at most {@code amount}, so it always fits.
     */
    public static long share(long amount, int bps) {
        if (amount < 0 || bps < 0 || bps > BPS) {
            throw new IllegalArgumentException("share of " + amount + " at " + bps + " bps");
        }
        return amount / BPS * bps + amount % BPS * bps / BPS;
    }
}
