package io.earmark.streams.model;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Registry;

/** An asset recorded by a registry; {@code fundId} is null when the registry does not know the purchase. */
public record Registration(
        String eventId,
        Registry registry,
        String assetId,
        String assetType,
        String ownerId,
        String sellerId,
        String fundId,
        long actualValue,
        long eventTime) implements Payload {

    @Override
    public String orderTag() {
        return "Registration";
    }

    public static Registration of(AssetRegistered e) {
        return new Registration(e.getEventId(), e.getRegistry(), e.getAssetId(), e.getAssetType(), e.getOwnerId(),
                e.getSellerId(), e.getFundId(), e.getActualValue(), e.getEventTime().toEpochMilli());
    }

    @Override
    public String orderingId() {
        return eventId;
    }
}
