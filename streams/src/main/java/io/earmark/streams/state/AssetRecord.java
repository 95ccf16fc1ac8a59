package io.earmark.streams.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashSet;
import java.util.Set;

/** Per asset id, in {@code asset-registry}: the fund it was first registered against, and the registrations seen. */
public final class AssetRecord {
    public String fundId;
    public String firstEventId;
    public long firstEventTime;
    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> seenEventIds = new LinkedHashSet<>();

    /** A copy that shares no mutable part with this one. */
    public AssetRecord copy() {
        AssetRecord copy = new AssetRecord();
        copy.fundId = fundId;
        copy.firstEventId = firstEventId;
        copy.firstEventTime = firstEventTime;
        copy.seenEventIds = new LinkedHashSet<>(seenEventIds);
        return copy;
    }
}
