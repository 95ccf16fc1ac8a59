package io.earmark.streams.state;

import io.earmark.schema.Purpose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One owner's (beneficiary's) funds and how many assets each has been given, and the records of the assets this owner
 * registered first ({@link AssetRecord}: which fund each counts for), stored per ownerId in {@code owner-funds}. One
 * record per owner, so that a commit writes an owner who registered many assets once, not once per asset.
 */
public final class OwnerFunds {
    public List<OwnedFund> funds = new ArrayList<>();
    /**
     * By asset id. A record stored here is never changed in place: it is replaced by a changed copy, so that
     * {@link #copy()} may share the records (a registration copies one record, not every record of its owner).
     */
    public Map<String, AssetRecord> assets = new LinkedHashMap<>();

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

    /** The record of asset {@code assetId} as a copy to change and {@link #putAsset put back}; empty if none. */
    public AssetRecord assetToChange(String assetId) {
        AssetRecord record = assets.get(assetId);
        return record == null ? new AssetRecord() : record.copy();
    }

    public void putAsset(String assetId, AssetRecord record) {
        assets.put(assetId, record);
    }

    /** A copy that shares no mutable part with this one (asset records are replaced, never changed, see above). */
    public OwnerFunds copy() {
        OwnerFunds copy = new OwnerFunds();
        funds.forEach(f -> copy.funds.add(f.copy()));
        copy.assets = new LinkedHashMap<>(assets);
        return copy;
    }
}
