package io.earmark.streams.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One core task's {@code recent-alerts} store, bounded by event time. In: each alert raised (its detectedAt, id and
 * JSON line), and the event time the task has reached. Out: the store, key {@code detectedAt (19 digits)|alertId},
 * holding the alerts whose detectedAt is at or after that time minus the retention; older ones are deleted from
 * the store (and so from its changelog) as event time passes them. The alerts topic keeps every alert: this store
 * only serves queries. No wall clock is involved, so the same input leaves the same store.
 * <p>
 * {@link #timeReached} runs before every event the core applies, so it costs a comparison: the earliest detectedAt
 * still stored is kept in memory (read from the store once, when the task opens it, as a restarted task may hold
 * older alerts), and the store is read only when the retention horizon has passed it.
 */
public final class RecentAlerts {

    private static final long NONE = Long.MAX_VALUE;

    private final KeyValueStore<String, String> store;
    private final long retentionMillis;
    /** The earliest detectedAt in the store, {@link #NONE} when it is empty. */
    private long earliest;
    /** Alerts detected before this instant have left (or would at once): the greatest horizon reached so far. */
    private long horizon = Long.MIN_VALUE;

    public RecentAlerts(KeyValueStore<String, String> store, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention of recent alerts must be positive, got " + retention);
        }
        this.store = store;
        this.retentionMillis = retention.toMillis();
        this.earliest = firstDetectedAt();
    }

    /** The store key of an alert: its string order is detectedAt order. */
    public static String key(long detectedAt, String alertId) {
        return OrderKeys.time(detectedAt) + "|" + alertId;
    }

    /** Keeps an alert, unless event time is already past its retention (it would only be deleted again). */
    public void add(long detectedAt, String alertId, String json) {
        if (detectedAt < horizon) {
            return;
        }
        store.put(key(detectedAt, alertId), json);
        earliest = Math.min(earliest, detectedAt);
    }

    /** Event time has reached {@code time}: every alert detected before {@code time - retention} leaves. */
    public void timeReached(long time) {
        long cutoff = time < Long.MIN_VALUE + retentionMillis ? Long.MIN_VALUE : time - retentionMillis;
        if (cutoff <= horizon) {
            return;
        }
        horizon = cutoff;
        if (earliest < cutoff) {
            pruneBefore(cutoff);
        }
    }

    /** Deletes the alerts detected before {@code cutoff} and notes the earliest one left. */
    private void pruneBefore(long cutoff) {
        String bound = OrderKeys.time(cutoff);
        List<String> expired = new ArrayList<>();
        long next = NONE;
        try (KeyValueIterator<String, String> it = store.all()) {
            while (it.hasNext()) {
                String key = it.peekNextKey();
                if (key.compareTo(bound) >= 0) {
                    next = detectedAt(key);
                    break;
                }
                expired.add(key);
                it.next();
            }
        }
        // deleted after the scan: the iterator then never sees the store change under it
        expired.forEach(store::delete);
        earliest = next;
    }

    private long firstDetectedAt() {
        try (KeyValueIterator<String, String> it = store.all()) {
            return it.hasNext() ? detectedAt(it.peekNextKey()) : NONE;
        }
    }

    private static long detectedAt(String key) {
        return Long.parseLong(key.substring(0, key.indexOf('|')));
    }
}
