package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;

/** What a stage does with its input once {@link PlaceOrder} releases it in the order of places. */
public interface PlacedWork {

    /**
     * Applies one released item. Returns false when the item must wait in its place for an answer that comes
     * unordered: what it did so far stays, nothing after it is applied and event time does not pass it, and it is
     * applied again once the stage calls {@link PlaceOrder#resume}.
     */
    boolean apply(Envelope item);

    /**
     * Whether applying {@code item} (still waiting, or waiting in its place after a first part) may still send
     * something on {@code outlet}. An item that cannot does not hold the outlets' promises back: that is what keeps the
     * stages from waiting on each other item by item. Asked when the item arrives (and again after a part of it was
     * applied, and again while it is the first such item of an outlet), so the answer must stay true for the item's
     * place: when in doubt, true.
     */
    default boolean mayEmit(Envelope item, Outlet outlet) {
        return true;
    }

    /**
     * Event time has reached {@code time}: called before an item at {@code time} is applied, and with the time through
     * which every channel is complete once the items released are applied. The place for deadlines due before it.
     */
    default void timeReached(long time) {
    }

    /** Called just before each commit, after the last record it covers (see {@link OrderedWork#beforeCommit}). */
    default void beforeCommit() {
    }
}
