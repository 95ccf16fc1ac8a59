package io.earmark.streams.stages;

import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.HandoverAsked;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Registration;
import io.earmark.streams.model.Sighting;
import io.earmark.streams.order.EventOrder;
import io.earmark.streams.order.OrderedWork;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import io.earmark.streams.order.StageTask;
import io.earmark.streams.state.AssetSightings;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Keyed by asset id, first stop of every registration. In: registrations from its own partition of the assets topic
 * (keyed by assetId, so every registration of an asset comes to the same task; no repartition hop). Out, keyed by owner:
 * each new registration as a {@link Sighting}, marked as a repeat when the asset id was registered before, so the
 * owner stage never counts a second registration of an asset (a duplicate does not count towards its fund), and as
 * contested once a second owner has registered the asset. The first registration by a second owner also asks the
 * first registrant's owner task to hand the asset's record to the asset stage ({@link HandoverAsked}).
 * Redelivered registrations (same event id) go no further.
 */
public final class SightingStage implements Processor<String, Envelope, String, StageOutput>, OrderedWork {

    private final Duration watermarkInterval;
    private final PipelineObserver observer;
    private StageTask task;
    private EventOrder order;
    private CachedStore<AssetSightings> sightings;

    public SightingStage(Duration watermarkInterval, PipelineObserver observer) {
        this.watermarkInterval = watermarkInterval;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        task = StageTask.of(context, StageNames.SIGHTING, observer);
        order = task.ordered(StoreNames.SIGHTING_BUFFER, StoreNames.SIGHTING_WATERMARKS,
                List.of(StageNames.channel(StageNames.ASSETS, task.partition())), watermarkInterval, this,
                task::passOn);
        sightings = task.cached(StoreNames.ASSET_SIGHTINGS, AssetSightings::copy);
    }

    @Override
    public void process(Record<String, Envelope> record) {
        order.offer(record.value());
        task.recordDone();
    }

    @Override
    public void apply(Payload payload) {
        if (!(payload instanceof Registration registration)) {
            return;
        }
        AssetSightings seen = sightings.get(registration.assetId());
        if (seen == null) {
            seen = new AssetSightings();
        }
        boolean repeat = !seen.eventIds.isEmpty();
        if (!seen.eventIds.add(registration.eventId())) {
            return;
        }
        if (!repeat) {
            seen.firstOwnerId = registration.ownerId();
        } else if (!seen.contested && !registration.ownerId().equals(seen.firstOwnerId)) {
            seen.contested = true;
            task.forwardPayload(seen.firstOwnerId, new HandoverAsked(registration.assetId(), seen.firstOwnerId,
                    registration.eventId(), registration.eventTime()));
        }
        sightings.put(registration.assetId(), seen);
        task.forwardPayload(registration.ownerId(), new Sighting(registration, repeat, seen.contested));
    }
}
