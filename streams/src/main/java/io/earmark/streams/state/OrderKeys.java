package io.earmark.streams.state;

/**
 * Fixed-width decimal times for store keys whose string order must be time order: the same text as
 * {@code String.format("%019d", t)}, without the formatter's cost (it ran several times per event).
 */
public final class OrderKeys {

    private static final int WIDTH = 19;

    private OrderKeys() {
    }

    /** {@code t} as 19 digits, zero-padded; negative times keep the formatter's own rendering. */
    public static String time(long t) {
        if (t < 0) {
            return String.format("%019d", t);
        }
        String digits = Long.toString(t);
        StringBuilder key = new StringBuilder(WIDTH + 1);
        for (int i = digits.length(); i < WIDTH; i++) {
            key.append('0');
        }
        return key.append(digits).toString();
    }
}
