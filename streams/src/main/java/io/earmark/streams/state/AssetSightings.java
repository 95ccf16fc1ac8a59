package io.earmark.streams.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashSet;
import java.util.Set;

/** Per asset id, in {@code asset-sightings}: the ids of the registration events seen for it, first one first. */
public final class AssetSightings {
    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> eventIds = new LinkedHashSet<>();

    /** A copy that shares no mutable part with this one. */
    public AssetSightings copy() {
        AssetSightings copy = new AssetSightings();
        copy.eventIds = new LinkedHashSet<>(eventIds);
        return copy;
    }
}
