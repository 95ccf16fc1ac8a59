package io.earmark.streams.model;

/** Not an event: says that the sending channel is complete through {@code eventTime}. */
public record Watermark(long eventTime) implements Payload {

    @Override
    public String orderTag() {
        return "Watermark";
    }

    @Override
    public String orderingId() {
        return "";
    }
}
