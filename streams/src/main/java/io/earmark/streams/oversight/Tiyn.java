package io.earmark.streams.oversight;

import java.util.Locale;

/**
 * The report's money: sums of tiyn that never wrap, and tiyn written as KZT with thousands separators, the same
 * whatever the machine's locale (1 KZT = 100 tiyn).
 */
final class Tiyn {

    private Tiyn() {
    }

    /** {@code a + b}, exactly; an {@link ArithmeticException} naming {@code what} if it leaves a long. */
    static long plus(String what, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(what + " passes " + Long.MAX_VALUE + " tiyn: " + a + " + " + b);
        }
    }

    /** {@code 123456789} as {@code 1,234,567.89 KZT}. */
    static String kzt(long tiyn) {
        return amount(tiyn) + " KZT";
    }

    /** {@code 123456789} as {@code 1,234,567.89}: KZT for a column whose heading names the currency. */
    static String amount(long tiyn) {
        String sign = tiyn < 0 ? "-" : "";
        long abs = Math.abs(tiyn); // Long.MIN_VALUE stays negative, and reads right as unsigned
        return sign + grouped(Long.divideUnsigned(abs, 100)) + "."
                + String.format(Locale.ROOT, "%02d", Long.remainderUnsigned(abs, 100));
    }

    /** Whole KZT, the tiyn dropped: {@code 123456789} as {@code 1,234,567 KZT}; for chart labels. */
    static String wholeKzt(long tiyn) {
        return (tiyn < 0 ? "-" : "") + grouped(Long.divideUnsigned(Math.abs(tiyn), 100)) + " KZT";
    }

    /** A count or whole amount with thousands separators. */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
