package io.earmark.streams.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Per asset id, in {@code asset-sightings}: the ids of the registration events seen for it, first one first, the
 * owner who registered it first, and whether another owner has registered it since (it is then contested).
 */
public final class AssetSightings {
    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> eventIds = new LinkedHashSet<>();
    public String firstOwnerId;
    public boolean contested;

    /** A copy that shares no mutable part with this one. */
    public AssetSightings copy() {
        AssetSightings copy = new AssetSightings();
        copy.eventIds = new LinkedHashSet<>(eventIds);
        copy.firstOwnerId = firstOwnerId;
        copy.contested = contested;
        return copy;
    }
}
