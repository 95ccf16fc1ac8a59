package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import io.earmark.streams.state.OrderKeys;
import io.earmark.streams.state.PagedQueue;
import io.earmark.streams.state.QueuePage;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Events waiting for the watermark, keyed so that key order is release order: event time, then payload type, then
 * the payload's id. A redelivered event lands on the same key, so the buffer also absorbs duplicates.
 * <p>
 * The events are kept in memory and leave from the front; the store holds them as a {@link PagedQueue}, written at
 * {@link #flush()}, which the stage calls just before each commit: an event released within the commit interval that
 * brought it is never written, and one that waits across commits is written once, in a page, with no tombstone of
 * its own when it leaves.
 */
public final class EventBuffer {

    private final PagedQueue<Envelope> events;

    public EventBuffer(KeyValueStore<String, QueuePage<Envelope>> store) {
        this.events = new PagedQueue<>(store);
    }

    public void add(Envelope envelope) {
        events.put(OrderKeys.envelope(envelope), envelope);
    }

    /** The earliest waiting event when its time is ≤ {@code through}, else null; it stays in the buffer. */
    public Envelope firstThrough(long through) {
        Envelope first = events.first();
        return first != null && first.eventTime() <= through ? first : null;
    }

    /** Takes the earliest waiting event out of the buffer. */
    public Envelope takeFirst() {
        return events.pollFirst();
    }

    /** Writes what the store must hold for the events still waiting. */
    public void flush() {
        events.flush();
    }

    /** The event time of the earliest event waiting, or {@link Long#MAX_VALUE} when none is. */
    public long earliestTime() {
        Envelope first = events.first();
        return first == null ? Long.MAX_VALUE : first.eventTime();
    }

    public int size() {
        return events.size();
    }
}
