package io.earmark.streams.model;

/**
 * Where an item stands in the beneficiary-keyed core's order (docs/architecture.md, "The beneficiary-keyed core"):
 * the input event it comes from (its time, then its kind and id, as {@code Registration|r-1}), then the layer of the
 * message that carries it. A route or the sighting stage sends on layer {@link #R}; a core, while it applies an R item,
 * sends on layer {@link #A}; a route, while it applies an A item, sends on layer {@link #B}. So what an item makes
 * always stands after the item itself, and no promise of a stage waits for one that depends on it.
 */
public record Place(long time, String event, int layer) implements Comparable<Place> {

    public static final int R = 0;
    public static final int A = 1;
    public static final int B = 2;

    /** Below every place: what a channel not heard from yet has promised. */
    public static final Place BOTTOM = new Place(Long.MIN_VALUE, "", R);

    /** The first place at {@code time}: below every item at that time. */
    public static Place start(long time) {
        return new Place(time, "", R);
    }

    /** Where {@code payload} stands when it travels on {@code layer}. */
    public static Place of(Payload payload, int layer) {
        return new Place(payload.eventTime(), payload.sourceTag() + "|" + payload.orderingId(), layer);
    }

    /** The same event on another layer. */
    public Place onLayer(int otherLayer) {
        return otherLayer == layer ? this : new Place(time, event, otherLayer);
    }

    @Override
    public int compareTo(Place other) {
        int byTime = Long.compare(time, other.time);
        if (byTime != 0) {
            return byTime;
        }
        int byEvent = event.compareTo(other.event);
        return byEvent != 0 ? byEvent : Integer.compare(layer, other.layer);
    }

    public boolean isAfter(Place other) {
        return compareTo(other) > 0;
    }
}
