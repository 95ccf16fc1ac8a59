package io.earmark.streams.state;

import io.earmark.schema.Purpose;
import java.util.ArrayList;
import java.util.List;

/** One owner's (beneficiary's) funds and how many assets each has been given, stored per ownerId in {@code owner-funds}. */
public final class OwnerFunds {
    public List<OwnedFund> funds = new ArrayList<>();

    /** A fund as the matcher needs it. */
    public static final class OwnedFund {
        public String fundId;
        public Purpose purpose;
        public int expectedAssetCount;
        public long earmarkedAt;
        public int assigned;

        OwnedFund copy() {
            OwnedFund copy = new OwnedFund();
            copy.fundId = fundId;
            copy.purpose = purpose;
            copy.expectedAssetCount = expectedAssetCount;
            copy.earmarkedAt = earmarkedAt;
            copy.assigned = assigned;
            return copy;
        }
    }

    public OwnedFund find(String fundId) {
        return funds.stream().filter(f -> f.fundId.equals(fundId)).findFirst().orElse(null);
    }

    /** A copy that shares no mutable part with this one. */
    public OwnerFunds copy() {
        OwnerFunds copy = new OwnerFunds();
        funds.forEach(f -> copy.funds.add(f.copy()));
        return copy;
    }
}
