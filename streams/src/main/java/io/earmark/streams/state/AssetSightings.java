package io.earmark.streams.state;

import java.util.LinkedHashSet;
import java.util.Set;

/** Per asset id, in {@code asset-sightings}: the ids of the registration events seen for it, first one first. */
public final class AssetSightings {
    public Set<String> eventIds = new LinkedHashSet<>();
}
