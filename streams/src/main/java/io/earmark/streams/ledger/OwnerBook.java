package io.earmark.streams.ledger;

import io.earmark.streams.model.AssetHandover;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.HandoverAsked;
import io.earmark.streams.model.Registration;
import io.earmark.streams.model.Sighting;
import io.earmark.streams.rules.FundMatching;
import io.earmark.streams.state.AssetRecord;
import io.earmark.streams.state.OwnerFunds.OwnedFund;
import io.earmark.streams.state.OwnerFunds;
import java.util.Optional;

/**
 * Changes one owner's (beneficiary's) record, {@link OwnerFunds}: the funds earmarked for the owner, for matching, and
 * the records of the assets the owner registered first. In: an earmark, or a registration as the sighting stage saw
 * it. Out: the fund the registration counts for and what that fund's ledger must apply. The caller stores the owner
 * and sends the outcome on.
 */
public final class OwnerBook {

    private OwnerBook() {
    }

    /** Adds {@code fund} to its beneficiary's funds; false when the owner has it already. */
    public static boolean addFund(OwnerFunds owner, Fund fund) {
        if (owner.find(fund.fundId()) != null) {
            return false;
        }
        OwnedFund owned = new OwnedFund();
        owned.fundId = fund.fundId();
        owned.purpose = fund.purpose();
        owned.expectedAssetCount = fund.expectedAssetCount();
        owned.earmarkedAt = fund.eventTime();
        owner.funds.add(owned);
        return true;
    }

    /**
     * Hands the owner's record of an asset over to the asset stage, at the request of a registration by another owner:
     * the record as it stands (which fund the asset counts for, the registrations seen), marked so that the asset stage
     * decides the asset's registrations from then on. Empty when it was handed over before.
     */
    public static Optional<AssetHandover> handOver(OwnerFunds owner, HandoverAsked asked) {
        AssetRecord record = owner.assetToChange(asked.assetId());
        if (record.handedOver) {
            return Optional.empty();
        }
        AssetHandover handover = record.handover(asked.assetId(), asked.askedBy(), asked.eventTime());
        record.handedOver = true;
        owner.putAsset(asked.assetId(), record);
        return Optional.of(handover);
    }

    /** What the asset stage gets when handing the record over failed: it waits for a record before it decides. */
    public static AssetHandover emptyHandover(HandoverAsked asked) {
        return new AssetRecord().handover(asked.assetId(), asked.askedBy(), asked.eventTime());
    }

    /**
     * What a registration decides. {@code contested}: another owner registered the asset too (or this owner's record
     * of it was handed over), so the asset stage decides how {@code assignment} applies; otherwise {@code applied} is
     * what the fund's ledger applies, if anything.
     */
    public record Decision(Assignment assignment, boolean contested, Optional<Assignment> applied) {
    }

    /**
     * Finds the registration's fund: the one it names, or the owner's oldest open fund of a fitting purpose
     * ({@link FundMatching}); a repeat sighting is matched like any other but never counts. Unless the asset is
     * contested, the owner's record of the asset says what the fund's ledger applies ({@link AssetRecord#record}).
     */
    public static Decision assign(OwnerFunds owner, Sighting sighting) {
        Registration registration = sighting.registration();
        String fundId = registration.fundId();
        OwnedFund target = fundId != null ? owner.find(fundId)
                : FundMatching.match(owner, registration.registry()).orElse(null);
        if (target != null) {
            fundId = target.fundId;
            if (!sighting.repeat()) {
                target.assigned++;
            }
        }
        Assignment assignment = Assignment.matched(registration, fundId);
        if (contested(owner, sighting)) {
            return new Decision(assignment, true, Optional.empty());
        }
        AssetRecord changed = owner.assetToChange(registration.assetId());
        Optional<Assignment> applied = changed.record(assignment);
        owner.putAsset(registration.assetId(), changed);
        return new Decision(assignment, false, applied);
    }

    /**
     * Whether the asset stage decides the registration: another owner registered the asset too, or this owner's record
     * of it was handed over (which may happen after the registration was sighted).
     */
    public static boolean contested(OwnerFunds owner, Sighting sighting) {
        AssetRecord record = owner.assets.get(sighting.registration().assetId());
        return sighting.contested() || record != null && record.handedOver;
    }
}
