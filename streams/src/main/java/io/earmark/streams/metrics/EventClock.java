package io.earmark.streams.metrics;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest event time one pipeline instance has seen: the maximum eventTime over the events and heartbeats its
 * decode stages read. In live operation the ticker's heartbeats keep it close to "now" in event time (the scenario's
 * clock in the demo), without ever looking at the wall clock. The HTTP API measures how long money has sat idle
 * against it.
 */
public final class EventClock {

    private final AtomicLong latest = new AtomicLong(Long.MIN_VALUE);

    public void observe(long eventTime) {
        latest.accumulateAndGet(eventTime, Math::max);
    }

    /** Empty until the instance has read a first event or heartbeat. */
    public OptionalLong latest() {
        long value = latest.get();
        return value == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
