package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Events waiting for the watermark, in a store keyed so that key order is release order: event time, then payload
 * type, then the payload's id. A redelivered event lands on the same key, so the buffer also absorbs duplicates.
 */
public final class EventBuffer {

    private static final int BATCH = 500;

    private final SortedKeys<Envelope> events;

    public EventBuffer(KeyValueStore<String, Envelope> store) {
        this.events = new SortedKeys<>(store);
    }

    public void add(Envelope envelope) {
        events.put(keyOf(envelope), envelope);
    }

    static String keyOf(Envelope envelope) {
        return String.format("%019d|%s|%s", envelope.eventTime(), envelope.payload().getClass().getSimpleName(),
                envelope.payload().orderingId());
    }

    /** Up to a batch of the earliest events with time ≤ {@code through}, in release order; removed from the store. */
    public List<Envelope> takeThrough(long through) {
        List<Envelope> released = new ArrayList<>();
        for (String key : events.firstBelow(String.format("%019d}", through), BATCH)) {
            released.add(events.get(key));
            events.delete(key);
        }
        return released;
    }
}
