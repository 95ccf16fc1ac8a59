package io.earmark.streams.state;

import io.earmark.streams.model.Envelope;

/**
 * Fixed-width decimals for store keys whose string order must be numeric order: the same text as
 * {@code String.format("%019d", t)} (or another width), without the formatter's cost (it ran several times per event).
 */
public final class OrderKeys {

    private static final int WIDTH = 19;

    private OrderKeys() {
    }

    /**
     * The key of a waiting envelope, whose string order is release order: event time, then payload type, then the
     * payload's id (a redelivered event gets the same key).
     */
    public static String envelope(Envelope envelope) {
        return time(envelope.eventTime()) + "|" + envelope.payload().orderTag() + "|" + envelope.payload().orderingId();
    }

    /**
     * The key of an item waiting in a buffer of the beneficiary-keyed core, whose string order is the order of places
     * on one layer: event time, then the kind and id of the input event the item comes from.
     */
    public static String place(Envelope envelope) {
        return time(envelope.eventTime()) + "|" + envelope.payload().sourceTag() + "|" + envelope.payload().orderingId();
    }

    /** {@code t} as 19 digits, zero-padded; negative times keep the formatter's own rendering. */
    public static String time(long t) {
        return padded(t, WIDTH);
    }

    /** {@code n} as at least {@code width} digits, zero-padded; negative numbers keep the formatter's own rendering. */
    public static String padded(long n, int width) {
        if (n < 0) {
            return String.format("%0" + width + "d", n);
        }
        String digits = Long.toString(n);
        StringBuilder key = new StringBuilder(Math.max(width, digits.length()));
        for (int i = digits.length(); i < width; i++) {
            key.append('0');
        }
        return key.append(digits).toString();
    }
}
