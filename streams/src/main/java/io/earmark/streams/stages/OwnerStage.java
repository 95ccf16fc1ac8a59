package io.earmark.streams.stages;

import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Registration;
import io.earmark.streams.model.Sighting;
import io.earmark.streams.order.OrderedStage;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.rules.FundMatching;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.OwnerFunds.OwnedFund;
import io.earmark.streams.state.OwnerFunds;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Keyed by owner (beneficiary). In: earmarks and sightings of registrations. Out: each new registration with the fund it counts
 * for, keyed by assetId for the asset stage. Registrations naming their fund pass through (and count for it); the
 * others are matched by {@link FundMatching}.
 */
public final class OwnerStage extends OrderedStage {

    private final int partitions;
    private CachedStore<OwnerFunds> owners;

    public OwnerStage(int partitions, Duration watermarkInterval, PipelineObserver observer) {
        super(StageNames.OWNER, StoreNames.OWNER_BUFFER, StoreNames.OWNER_WATERMARKS, watermarkInterval, observer);
        this.partitions = partitions;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        super.init(context);
        owners = cached(context, StoreNames.OWNER_FUNDS, OwnerFunds::copy);
    }

    @Override
    protected List<String> expectedChannels(int partition) {
        return StageNames.allOf(partitions, StageNames.FUNDS, StageNames.SIGHTING);
    }

    @Override
    protected void apply(Payload payload) {
        if (payload instanceof Fund fund) {
            OwnerFunds owner = load(fund.beneficiaryId());
            if (owner.find(fund.fundId()) == null) {
                OwnedFund owned = new OwnedFund();
                owned.fundId = fund.fundId();
                owned.purpose = fund.purpose();
                owned.expectedAssetCount = fund.expectedAssetCount();
                owned.earmarkedAt = fund.eventTime();
                owner.funds.add(owned);
                owners.put(fund.beneficiaryId(), owner);
            }
        } else if (payload instanceof Sighting sighting) {
            assign(sighting);
        }
    }

    /** A repeat sighting is matched like any other but never counts: it is a duplicate or a re-registration. */
    private void assign(Sighting sighting) {
        Registration registration = sighting.registration();
        OwnerFunds owner = load(registration.ownerId());
        String fundId = registration.fundId();
        OwnedFund target = fundId != null ? owner.find(fundId)
                : FundMatching.match(owner, registration.registry()).orElse(null);
        if (target != null) {
            fundId = target.fundId;
            if (!sighting.repeat()) {
                target.assigned++;
                owners.put(registration.ownerId(), owner);
            }
        }
        forwardPayload(registration.assetId(), Assignment.matched(registration, fundId));
    }

    private OwnerFunds load(String ownerId) {
        OwnerFunds owner = owners.get(ownerId);
        return owner != null ? owner : new OwnerFunds();
    }
}
