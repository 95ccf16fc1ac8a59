package io.earmark.streams.model;

/**
 * The sighting stage's request to the owner task of an asset's first registrant, sent when another owner registers
 * the same asset: hand the asset's record (the fund it counts for, the registrations seen) to the asset stage, which
 * decides that asset's registrations from then on. {@code askedBy} is the registration that made the asset contested.
 * The owner task carries it out as it arrives (see the owner stage).
 */
public record HandoverAsked(String assetId, String ownerId, String askedBy, long eventTime) implements Payload {

    @Override
    public String orderTag() {
        return "HandoverAsked";
    }

    @Override
    public String orderingId() {
        return askedBy;
    }
}
