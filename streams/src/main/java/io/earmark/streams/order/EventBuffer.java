package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import io.earmark.streams.state.OrderKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Events waiting for the watermark, in a store keyed so that key order is release order: event time, then payload
 * type, then the payload's id. A redelivered event lands on the same key, so the buffer also absorbs duplicates.
 * <p>
 * The events are mirrored in memory (loaded from the store when the task starts, after restoration), so releasing
 * one never reads or decodes it from the store. An event reaches the store only at {@link #flush()}, which the stage
 * calls just before each commit: an event released within the commit interval that brought it is never written.
 */
public final class EventBuffer {

    private static final int BATCH = 500;

    private final KeyValueStore<String, Envelope> store;
    private final NavigableMap<String, Envelope> events = new TreeMap<>();
    /** Keys added since the last flush that the store does not hold yet. */
    private final Set<String> unsaved = new HashSet<>();

    public EventBuffer(KeyValueStore<String, Envelope> store) {
        this.store = store;
        try (var it = store.all()) {
            it.forEachRemaining(kv -> events.put(kv.key, kv.value));
        }
    }

    public void add(Envelope envelope) {
        String key = keyOf(envelope);
        boolean stored = events.containsKey(key) && !unsaved.contains(key);
        events.put(key, envelope);
        if (stored) {
            store.put(key, envelope);
        } else {
            unsaved.add(key);
        }
    }

    static String keyOf(Envelope envelope) {
        return OrderKeys.time(envelope.eventTime()) + "|" + envelope.payload().getClass().getSimpleName() + "|"
                + envelope.payload().orderingId();
    }

    /** Up to a batch of the earliest events with time ≤ {@code through}, in release order; removed from the buffer. */
    public List<Envelope> takeThrough(long through) {
        List<Envelope> released = new ArrayList<>();
        NavigableMap<String, Envelope> due = events.headMap(OrderKeys.time(through) + "}", false);
        while (!due.isEmpty() && released.size() < BATCH) {
            var first = due.pollFirstEntry();
            released.add(first.getValue());
            if (!unsaved.remove(first.getKey())) {
                store.delete(first.getKey());
            }
        }
        return released;
    }

    /** Writes the events added since the last flush and still waiting. */
    public void flush() {
        for (String key : unsaved) {
            store.put(key, events.get(key));
        }
        unsaved.clear();
    }

    /** The event time of the earliest event waiting, or {@link Long#MAX_VALUE} when none is. */
    public long earliestTime() {
        return events.isEmpty() ? Long.MAX_VALUE : events.firstEntry().getValue().eventTime();
    }

    public int size() {
        return events.size();
    }
}
