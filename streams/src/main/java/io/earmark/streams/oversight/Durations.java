package io.earmark.streams.oversight;

import java.util.ArrayList;
import java.util.List;

/** Medians of elapsed times, and elapsed times as a person reads them. */
final class Durations {

    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Durations() {
    }

    /**
     * The median of {@code millis}: the middle value, or the mean of the two middle ones (rounded down) for an even
     * count; null for none.
     */
    static Long median(List<Long> millis) {
        if (millis.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        long low = sorted.get(n / 2 - 1);
        long high = sorted.get(n / 2);
        return low + (high - low) / 2; // no overflow: both are elapsed times of at least 0
    }

    /** {@code 3 d 4 h}, {@code 5 h 12 min}, {@code 12 min}, {@code 40 s}; "—" for null. */
    static String text(Long millis) {
        if (millis == null) {
            return "\u2014";
        }
        long m = millis;
        if (m >= DAY) {
            return m / DAY + " d " + m % DAY / HOUR + " h";
        }
        if (m >= HOUR) {
            return m / HOUR + " h " + m % HOUR / MINUTE + " min";
        }
        if (m >= MINUTE) {
            return m / MINUTE + " min";
        }
        return m / 1000 + " s";
    }
}
