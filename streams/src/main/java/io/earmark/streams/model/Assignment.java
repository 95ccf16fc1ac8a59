package io.earmark.streams.model;

/**
 * A registration with the fund it counts for, decided by the owner stage ({@code fundId}, null when no fund
 * matched) and checked against the asset's record ({@code duplicateOf}: the fund the asset was first registered
 * against, with that first registration's event id and time, when it is another fund). {@code awaitsVerdict}: the
 * asset is contested, so the core holds the registration back until the asset stage's {@link AssetVerdict} says
 * how it applies.
 */
public record Assignment(
        Registration registration,
        String fundId,
        String duplicateOf,
        String firstEventId,
        Long firstEventTime,
        boolean awaitsVerdict) implements Payload {

    @Override
    public String orderTag() {
        return "Assignment";
    }

    public Assignment(Registration registration, String fundId, String duplicateOf, String firstEventId,
                      Long firstEventTime) {
        this(registration, fundId, duplicateOf, firstEventId, firstEventTime, false);
    }

    public static Assignment matched(Registration registration, String fundId) {
        return new Assignment(registration, fundId, null, null, null);
    }

    public Assignment duplicateOf(String firstFund, String firstEvent, long firstTime) {
        return new Assignment(registration, fundId, firstFund, firstEvent, firstTime, awaitsVerdict);
    }

    /** The same assignment, held by the core until the asset stage's verdict on it arrives. */
    public Assignment awaitingVerdict() {
        return new Assignment(registration, fundId, duplicateOf, firstEventId, firstEventTime, true);
    }

    /** The assignment as decided, to apply. */
    public Assignment decided() {
        return new Assignment(registration, fundId, duplicateOf, firstEventId, firstEventTime, false);
    }

    public boolean duplicate() {
        return duplicateOf != null;
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
