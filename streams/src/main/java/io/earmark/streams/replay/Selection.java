package io.earmark.streams.replay;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;

/**
 * Narrows a replay to some funds and beneficiaries, keeping what their rules need (empty sets: everything). In: the
 * funds and beneficiaries asked for, and the events of the slice. Out: which events to replay. Kept:
 * <ul>
 *   <li>the asked-for funds, and every fund of an asked-for beneficiary: their earmarks and coloured movements;</li>
 *   <li>every transfer, coloured or not, from a party those funds paid to their beneficiary (kickbacks);</li>
 *   <li>the beneficiaries' other earmarks and all their registrations, because a registration without a fundId
 *       goes to the owner's oldest fund still awaiting assets;</li>
 *   <li>every registration of an asset id among those, with its owner's earmarks and registrations, so a duplicate
 *       asset is still seen as one (one hop: the owners of those further registrations are not followed).</li>
 * </ul>
 * Only the asked-for funds are complete; the others are context and may raise alerts of their own.
 */
public record Selection(Set<String> funds, Set<String> beneficiaries) {

    public Selection {
        funds = Set.copyOf(funds);
        beneficiaries = Set.copyOf(beneficiaries);
    }

    public static Selection everything() {
        return new Selection(Set.of(), Set.of());
    }

    public boolean isEverything() {
        return funds.isEmpty() && beneficiaries.isEmpty();
    }

    /** The funds asked for: the named ones and every fund of a named beneficiary. Empty for everything. */
    public Set<String> selectedFunds(List<? extends SpecificRecord> events) {
        Set<String> selected = new HashSet<>(funds);
        for (SpecificRecord e : events) {
            if (e instanceof FundEarmarked f && beneficiaries.contains(f.getBeneficiaryId())) {
                selected.add(f.getFundId());
            }
        }
        return selected;
    }

    /** Which of {@code events} to replay. */
    public Predicate<SpecificRecord> over(List<? extends SpecificRecord> events) {
        if (isEverything()) {
            return e -> true;
        }
        Set<String> selected = selectedFunds(events);
        Set<String> owners = new HashSet<>(beneficiaries);
        Set<String> sellers = new HashSet<>();
        for (SpecificRecord e : events) {
            if (e instanceof FundEarmarked f && selected.contains(f.getFundId())) {
                owners.add(f.getBeneficiaryId());
                sellers.addAll(f.getApprovedSellers());
            } else if (e instanceof FundMovement m && selected.contains(m.getFundId())) {
                sellers.add(m.getToId());
            }
        }
        sellers.removeAll(owners);
        Set<String> assetIds = new HashSet<>();
        for (SpecificRecord e : events) {
            if (e instanceof AssetRegistered a && (selected.contains(a.getFundId()) || owners.contains(a.getOwnerId()))) {
                assetIds.add(a.getAssetId());
            }
        }
        Set<String> assetOwners = new HashSet<>(owners);
        for (SpecificRecord e : events) {
            if (e instanceof AssetRegistered a && assetIds.contains(a.getAssetId())) {
                assetOwners.add(a.getOwnerId());
            }
        }
        return e -> {
            if (e instanceof FundEarmarked f) {
                return selected.contains(f.getFundId()) || assetOwners.contains(f.getBeneficiaryId());
            }
            if (e instanceof FundMovement m) {
                return selected.contains(m.getFundId())
                        || sellers.contains(m.getFromId()) && owners.contains(m.getToId());
            }
            AssetRegistered a = (AssetRegistered) e;
            return selected.contains(a.getFundId()) || assetOwners.contains(a.getOwnerId())
                    || assetIds.contains(a.getAssetId());
        };
    }
}
