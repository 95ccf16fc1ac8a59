package io.earmark.streams.rules;

import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.state.OwnerFunds;
import io.earmark.streams.state.OwnerFunds.OwnedFund;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Which fund an asset registered without a fundId belongs to: the owner's oldest fund (by earmark time, then id) of a
 * purpose the registry fits that still awaits assets. The livestock registry fits LIVESTOCK; the machinery and lease
 * registries fit MACHINERY and LEASED_EQUIPMENT. No match: the asset is recorded, not alerted.
 */
public final class FundMatching {

    private FundMatching() {
    }

    public static Set<Purpose> purposesFor(Registry registry) {
        return registry == Registry.LIVESTOCK_IDENTIFICATION
                ? Set.of(Purpose.LIVESTOCK)
                : Set.of(Purpose.MACHINERY, Purpose.LEASED_EQUIPMENT);
    }

    public static Optional<OwnedFund> match(OwnerFunds owner, Registry registry) {
        Set<Purpose> fitting = purposesFor(registry);
        return owner.funds.stream()
                .filter(f -> fitting.contains(f.purpose))
                .filter(f -> f.assigned < f.expectedAssetCount)
                .min(Comparator.comparingLong((OwnedFund f) -> f.earmarkedAt).thenComparing(f -> f.fundId));
    }
}
