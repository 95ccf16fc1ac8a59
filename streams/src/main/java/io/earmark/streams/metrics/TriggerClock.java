package io.earmark.streams.metrics;

import io.earmark.streams.model.Payload;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Measures event-to-alert latency inside one core-stage task. In: each record the task reads (with the wall-clock
 * time it was read), which payloads it buffered, and what it is applying now. Out: for an alert being forwarded,
 * the wall-clock time since the core stage read the record that triggered it:
 * <ul>
 *   <li>an event's alert (cash withdrawal, diversion, oversubsidy, duplicate asset, an unknown fund's held
 *       movement): since the event (or the asset stage's assignment) was read, so the wait in the event-time
 *       buffer for the watermark is included;</li>
 *   <li>a deadline's alert (idle funds, asset registration, unknown fund): since the heartbeat or event that moved
 *       the watermark past the deadline was read;</li>
 *   <li>a kickback: since the pair stage's verdict was read.</li>
 * </ul>
 * Not included: the time a record spent in Kafka before the pipeline read it, and the time in upstream stages.
 * An event buffered before a restart has no read time in this task: its alert's latency is unknown (-1).
 */
public final class TriggerClock {

    private final LongSupplier wallClock;
    private final Map<String, Long> bufferedAt = new HashMap<>();
    private long recordReadAt = -1;
    private long triggerReadAt = -1;

    public TriggerClock(LongSupplier wallClock) {
        this.wallClock = wallClock;
    }

    /** A record was read: until something else is applied, it is the trigger. */
    public void recordRead() {
        recordReadAt = wallClock.getAsLong();
        triggerReadAt = recordReadAt;
    }

    /** The record just read carries {@code payload}, which waits in the buffer (a redelivery keeps the first time). */
    public void buffered(Payload payload) {
        bufferedAt.putIfAbsent(key(payload), recordReadAt);
    }

    /** {@code payload} leaves the buffer and is applied now: it is the trigger of what it raises. */
    public void applying(Payload payload) {
        Long readAt = bufferedAt.remove(key(payload));
        triggerReadAt = readAt == null ? -1 : readAt;
    }

    /** Deadlines fire now: the record just read moved the watermark past them. */
    public void firingDeadlines() {
        triggerReadAt = recordReadAt;
    }

    /** Milliseconds since the current trigger was read, or -1 when unknown. */
    public long latencyMillis() {
        return triggerReadAt < 0 ? -1 : Math.max(0, wallClock.getAsLong() - triggerReadAt);
    }

    private static String key(Payload payload) {
        return payload.orderTag() + "|" + payload.orderingId();
    }
}
