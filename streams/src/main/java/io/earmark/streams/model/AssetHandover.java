package io.earmark.streams.model;

import java.util.List;

/**
 * An asset's record as its first registrant's owner task kept it, handed to the asset stage when the asset became
 * contested (see {@link HandoverAsked}): the fund its registrations count for ({@code fundId}, null while none did),
 * that first registration's id and time, and the registration ids seen. The asset stage takes it as it arrives, and
 * decides none of the asset's registrations before it has.
 */
public record AssetHandover(String assetId, String fundId, String firstEventId, Long firstEventTime,
                            List<String> seenEventIds, String askedBy, long eventTime) implements Payload {

    @Override
    public String orderTag() {
        return "AssetHandover";
    }

    public AssetHandover {
        seenEventIds = List.copyOf(seenEventIds);
    }

    @Override
    public String orderingId() {
        return askedBy;
    }
}
