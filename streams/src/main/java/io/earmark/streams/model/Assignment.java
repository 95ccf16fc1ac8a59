package io.earmark.streams.model;

/**
 * A registration with the fund it counts for, decided by the owner stage ({@code fundId}, null when no fund
 * matched) and checked by the asset stage ({@code duplicateOf}: the fund the asset was first registered against,
 * with that first registration's event id and time, when it is another fund).
 */
public record Assignment(
        Registration registration,
        String fundId,
        String duplicateOf,
        String firstEventId,
        Long firstEventTime) implements Payload {

    public static Assignment matched(Registration registration, String fundId) {
        return new Assignment(registration, fundId, null, null, null);
    }

    public Assignment duplicateOf(String firstFund, String firstEvent, long firstTime) {
        return new Assignment(registration, fundId, firstFund, firstEvent, firstTime);
    }

    public boolean duplicate() {
        return duplicateOf != null;
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
