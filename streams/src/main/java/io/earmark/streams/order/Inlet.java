package io.earmark.streams.order;

import java.util.List;

/**
 * One kind of input of a stage ordered by place ({@link PlaceOrder}): its channels, the layer its items travel on,
 * what an item on it says about the items still to come, and whether release waits for its promises.
 */
public record Inlet(List<String> channels, int layer, Promises promises, boolean gates) {

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

    /** An inlet whose promises an item waits for before it is applied. */
    public Inlet(List<String> channels, int layer, Promises promises) {
        this(channels, layer, promises, true);
    }

    /**
     * An inlet whose items are applied in the order of places among what the other inlets let through, but whose
     * promises nothing waits for (they only feed an outlet's promise): the route takes what the cores send back so,
     * and so never waits for a core that waits for it.
     */
    public Inlet notGating() {
        return new Inlet(channels, layer, promises, false);
    }
}
