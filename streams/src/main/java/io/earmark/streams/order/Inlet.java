package io.earmark.streams.order;

import java.util.List;

/**
 * One kind of input of a stage ordered by place ({@link PlaceOrder}): its channels, the layer its items travel on,
 * and what an item on it says about the items still to come.
 */
public record Inlet(List<String> channels, int layer, Promises promises) {

    /** What an item says about its channel, besides the channel's explicit promises and watermarks. */
    public enum Promises {
        /**
         * An input topic: its events come roughly in time order, so an event at t says that everything before t has
         * come (a later one that does not is late, and is applied as it arrives).
         */
        BY_TIME,
        /** A stage that sends in the order it applies: an item says that everything below its place has come. */
        BY_PLACE,
        /** A stage that sends some items as they arrive: only its promises say anything. */
        NONE
    }

    public Inlet {
        channels = List.copyOf(channels);
    }
}
