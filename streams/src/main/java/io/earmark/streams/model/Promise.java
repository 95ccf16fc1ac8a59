package io.earmark.streams.model;

/**
 * Not an event: says that the sending channel has sent every item that stands below {@link #place()} in the order
 * (see {@link Place}). The beneficiary-keyed core's stages send these where the older stages send {@link Watermark}s.
 */
public record Promise(long eventTime, String event, int layer) implements Payload {

    public static Promise below(Place place) {
        return new Promise(place.time(), place.event(), place.layer());
    }

    public Place place() {
        return new Place(eventTime, event, layer);
    }

    @Override
    public String orderTag() {
        return "Promise";
    }

    @Override
    public String orderingId() {
        return "";
    }
}
