package io.earmark.streams.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.earmark.streams.model.AssetHandover;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Registration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Per asset id: the fund it was first registered against, and the registrations seen. Kept by the owner task of the
 * asset's registrant ({@code asset-registry}) while one owner registers it, and by the asset stage
 * ({@code contested-assets}) once another owner does.
 */
public final class AssetRecord {
    public String fundId;
    public String firstEventId;
    public long firstEventTime;
    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> seenEventIds = new LinkedHashSet<>();
    /** Set by the owner task once it handed this record to the asset stage: that stage decides from then on. */
    public boolean handedOver;

    /** The record an owner task handed over (see {@link AssetHandover}). */
    public static AssetRecord of(AssetHandover handover) {
        AssetRecord record = new AssetRecord();
        record.fundId = handover.fundId();
        record.firstEventId = handover.firstEventId();
        record.firstEventTime = handover.firstEventTime() == null ? 0 : handover.firstEventTime();
        record.seenEventIds.addAll(handover.seenEventIds());
        return record;
    }

    /** This record as handed over to the asset stage, at the request of registration {@code askedBy}. */
    public AssetHandover handover(String assetId, String askedBy, long eventTime) {
        return new AssetHandover(assetId, fundId, firstEventId, fundId == null ? null : firstEventTime,
                new ArrayList<>(seenEventIds), askedBy, eventTime);
    }

    /**
     * Records a registration of this asset with the fund the owner stage found for it, and says what the fund's
     * ledger must apply: the assignment itself when it is the first to name a fund, the assignment as a duplicate of
     * the first when it names another fund, and nothing for a registration seen before, one that matched no fund, or
     * a repeat against the asset's own fund.
     */
    public Optional<Assignment> record(Assignment assignment) {
        Registration registration = assignment.registration();
        if (!seenEventIds.add(registration.eventId())) {
            return Optional.empty();
        }
        String named = assignment.fundId();
        if (named != null && fundId == null) {
            fundId = named;
            firstEventId = registration.eventId();
            firstEventTime = registration.eventTime();
            return Optional.of(assignment);
        }
        if (named != null && !named.equals(fundId)) {
            return Optional.of(assignment.duplicateOf(fundId, firstEventId, firstEventTime));
        }
        return Optional.empty();
    }

    /** A copy that shares no mutable part with this one. */
    public AssetRecord copy() {
        AssetRecord copy = new AssetRecord();
        copy.fundId = fundId;
        copy.firstEventId = firstEventId;
        copy.firstEventTime = firstEventTime;
        copy.seenEventIds = new LinkedHashSet<>(seenEventIds);
        copy.handedOver = handedOver;
        return copy;
    }
}
