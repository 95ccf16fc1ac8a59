package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Payload;

/** What a stage does with its input once {@link EventOrder} releases it in event-time order. */
public interface OrderedWork {

    /** Applies one released payload. */
    void apply(Payload payload);

    /**
     * Whether {@code next}, next in order, can be applied now. When it cannot (it waits for an answer that comes
     * unordered), nothing after it is applied and event time does not pass it; release goes on at
     * {@link EventOrder#resume} once it can, and the watermark the stage passes on stays below it meanwhile.
     */
    default boolean canApply(Envelope next) {
        return true;
    }

    /**
     * Event time has reached {@code time}: called before a payload at {@code time} is applied, and after every
     * payload through the watermark {@code time} was. The place for deadlines due before it.
     */
    default void timeReached(long time) {
    }

    /**
     * Called just before each commit, after the last record it covers: the place for what a stage sends once per
     * commit rather than once per event. What it sends belongs to the commit.
     */
    default void beforeCommit() {
    }
}
