package io.earmark.streams.stages;

import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.AssetHandover;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Place;
import io.earmark.streams.order.EventOrder;
import io.earmark.streams.order.Inlet;
import io.earmark.streams.order.OrderedWork;
import io.earmark.streams.order.PlaceOrder;
import io.earmark.streams.order.PlacedWork;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import io.earmark.streams.order.StageTask;
import io.earmark.streams.state.AssetRecord;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Keyed by asset id: decides which fund a registration of a contested asset (one that more than one owner has
 * registered) counts for. In: the asset's record as its first registrant's owner task handed it over
 * ({@link AssetHandover}, taken as it arrives), and, in event-time order, the registrations with the fund the owner
 * stage found for them (each waits until its asset's record is here). Out, keyed by
 * fundId for the core, which holds each such registration back until it comes: an {@link AssetVerdict} (count it,
 * count it as a duplicate of the first fund, or apply nothing for a repeat against the same fund). The core takes
 * verdicts unordered (it knows which it waits for), so this stage passes no watermark on.
 */
public final class AssetStage implements Processor<String, Envelope, String, StageOutput>, OrderedWork, PlacedWork {

    private final int partitions;
    private final Duration watermarkInterval;
    private final PipelineObserver observer;
    /** Serving the beneficiary-keyed core: registrations in the order of places, verdicts keyed by owner. */
    private final boolean forBeneficiaries;
    private StageTask task;
    private EventOrder order;
    private PlaceOrder placed;
    private CachedStore<AssetRecord> assets;

    private AssetStage(int partitions, Duration watermarkInterval, PipelineObserver observer,
                       boolean forBeneficiaries) {
        this.partitions = partitions;
        this.watermarkInterval = watermarkInterval;
        this.observer = observer;
        this.forBeneficiaries = forBeneficiaries;
    }

    public AssetStage(int partitions, Duration watermarkInterval, PipelineObserver observer) {
        this(partitions, watermarkInterval, observer, false);
    }

    /**
     * The asset stage of the beneficiary-keyed core: its registrations come from the cores' layer A, in the order of
     * places, and each verdict goes back keyed by the registration's owner, whose core waits for it.
     */
    public static AssetStage forBeneficiaries(int partitions, Duration interval, PipelineObserver observer) {
        return new AssetStage(partitions, interval, observer, true);
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        task = StageTask.of(context, StageNames.ASSET, observer);
        if (forBeneficiaries) {
            placed = task.placed(Map.of(Place.A, StoreNames.ASSET_BUFFER), StoreNames.ASSET_PROMISES,
                    List.of(new Inlet(StageNames.allOf(partitions, StageNames.CORE), Place.A,
                            Inlet.Promises.BY_PLACE)), List.of(), watermarkInterval, this);
        } else {
            order = task.ordered(StoreNames.ASSET_BUFFER, StoreNames.ASSET_WATERMARKS,
                    StageNames.allOf(partitions, StageNames.OWNER), watermarkInterval, this, watermark -> { });
        }
        assets = task.cached(StoreNames.CONTESTED_ASSETS, AssetRecord::copy);
    }

    @Override
    public boolean apply(Envelope item) {
        if (!canApply(item)) {
            return false;
        }
        apply(item.payload());
        return true;
    }

    /**
     * A handed-over record is taken as it arrives: it holds the asset's history up to the moment it became contested,
     * so every registration decided here (even a late one, with an earlier event time) must see it.
     */
    @Override
    public void process(Record<String, Envelope> record) {
        Envelope envelope = record.value();
        if (envelope != null && envelope.payload() instanceof AssetHandover handover) {
            task.isolated(StageTask.work(envelope), () -> {
                if (assets.get(handover.assetId()) == null) {
                    assets.put(handover.assetId(), AssetRecord.of(handover));
                }
            });
            if (forBeneficiaries) {
                placed.resume();
            } else {
                order.resume();
            }
        } else if (forBeneficiaries) {
            placed.offer(envelope);
        } else {
            order.offer(envelope);
        }
        task.recordDone();
    }

    /** A registration of a contested asset waits, in its place in the order, for the asset's handed-over record. */
    @Override
    public boolean canApply(Envelope envelope) {
        return !(envelope.payload() instanceof Assignment assignment)
                || assets.get(assignment.registration().assetId()) != null;
    }

    @Override
    public void apply(Payload payload) {
        if (!(payload instanceof Assignment assignment)) {
            return;
        }
        boolean awaited = assignment.fundId() != null;
        try {
            String assetId = assignment.registration().assetId();
            AssetRecord record = assets.get(assetId);
            record = record != null ? record : new AssetRecord();
            Optional<Assignment> applied = record.record(assignment);
            assets.put(assetId, record);
            if (awaited) {
                verdict(new AssetVerdict(applied.orElse(assignment), applied.isPresent()));
            }
        } catch (RuntimeException e) {
            if (awaited) {
                // The registration is dead-lettered; the core must not wait for it for ever: nothing to apply.
                verdict(new AssetVerdict(assignment, false));
            }
            throw e;
        }
    }

    @Override
    public void timeReached(long time) {
        // no deadlines here
    }

    @Override
    public void beforeCommit() {
        // nothing is sent once per commit
    }

    private void verdict(AssetVerdict verdict) {
        Assignment assignment = verdict.assignment();
        task.forwardPayload(forBeneficiaries ? assignment.registration().ownerId() : assignment.fundId(), verdict);
    }
}
