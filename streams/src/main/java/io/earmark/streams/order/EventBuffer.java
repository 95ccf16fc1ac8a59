package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Events waiting for the watermark, in a store keyed so that key order is release order: event time, then payload
 * type, then the payload's id. A redelivered event lands on the same key, so the buffer also absorbs duplicates.
 */
public final class EventBuffer {

    private static final int BATCH = 500;

    private final KeyValueStore<String, Envelope> store;

    public EventBuffer(KeyValueStore<String, Envelope> store) {
        this.store = store;
    }

    public void add(Envelope envelope) {
        store.put(keyOf(envelope), envelope);
    }

    static String keyOf(Envelope envelope) {
        return String.format("%019d|%s|%s", envelope.eventTime(), envelope.payload().getClass().getSimpleName(),
                envelope.payload().orderingId());
    }

    /** Up to a batch of the earliest events with time ≤ {@code through}, in release order; removed from the store. */
    public List<Envelope> takeThrough(long through) {
        List<KeyValue<String, Envelope>> due = new ArrayList<>();
        try (var it = store.all()) {
            while (it.hasNext() && due.size() < BATCH) {
                KeyValue<String, Envelope> next = it.next();
                if (next.value.eventTime() > through) {
                    break;
                }
                due.add(next);
            }
        }
        List<Envelope> released = new ArrayList<>(due.size());
        for (KeyValue<String, Envelope> kv : due) {
            store.delete(kv.key);
            released.add(kv.value);
        }
        return released;
    }
}
