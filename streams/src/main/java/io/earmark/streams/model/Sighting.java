package io.earmark.streams.model;

/**
 * A registration as the sighting stage passes it on: {@code repeat} when the same asset id was registered before
 * (by an earlier event), so that the owner stage does not count it towards any fund's assets; {@code contested} when
 * the asset has been registered by more than one owner, so that the asset stage, not the owner's task, decides which
 * fund it counts for.
 */
public record Sighting(Registration registration, boolean repeat, boolean contested) implements Payload {

    @Override
    public String orderTag() {
        return "Sighting";
    }

    public Sighting(Registration registration, boolean repeat) {
        this(registration, repeat, false);
    }

    @Override
    public String sourceTag() {
        return "Registration";
    }

    @Override
    public long eventTime() {
        return registration.eventTime();
    }

    @Override
    public String orderingId() {
        return registration.eventId();
    }
}
