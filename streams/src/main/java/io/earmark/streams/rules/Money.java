package io.earmark.streams.rules;

import java.time.Instant;

/** Formatting for alert messages: tiyn as KZT with two decimals, instants as ISO-8601. */
public final class Money {

    private Money() {
    }

    public static String kzt(long tiyn) {
        String sign = tiyn < 0 ? "-" : "";
        long abs = Math.abs(tiyn);
        return String.format("%s%,d.%02d KZT", sign, abs / 100, abs % 100);
    }

    public static String at(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** {@code amount × bps / 10000} without overflow surprises. */
    public static long share(long amount, int bps) {
        return Math.multiplyExact(amount, (long) bps) / 10_000;
    }
}
