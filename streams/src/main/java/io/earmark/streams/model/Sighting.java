package io.earmark.streams.model;

/**
 * A registration as the sighting stage passes it on: {@code repeat} when the same asset id was registered before
 * (by an earlier event), so that the owner stage does not count it towards any fund's assets.
 */
public record Sighting(Registration registration, boolean repeat) implements Payload {

    @Override
    public long eventTime() {
        return registration.eventTime();
    }

    @Override
    public String orderingId() {
        return registration.eventId();
    }
}
