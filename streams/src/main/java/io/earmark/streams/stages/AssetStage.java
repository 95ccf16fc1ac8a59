package io.earmark.streams.stages;

import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Payload;
import io.earmark.streams.order.OrderedStage;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.state.AssetRecord;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Keyed by asset id. In: assignments from the owner stage. Out, keyed by fundId for the core: the first registration
 * of an asset against a fund, or a registration against another fund marked as a duplicate of the first. Repeats
 * against the same fund and registrations that matched no fund are recorded and go no further.
 */
public final class AssetStage extends OrderedStage {

    private final int partitions;
    private CachedStore<AssetRecord> assets;

    public AssetStage(int partitions, Duration watermarkInterval, PipelineObserver observer) {
        super(StageNames.ASSET, StoreNames.ASSET_BUFFER, StoreNames.ASSET_WATERMARKS, watermarkInterval, observer);
        this.partitions = partitions;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        super.init(context);
        assets = cached(context, StoreNames.ASSET_REGISTRY, AssetRecord::copy);
    }

    @Override
    protected List<String> expectedChannels(int partition) {
        return StageNames.allOf(partitions, StageNames.OWNER);
    }

    @Override
    protected void apply(Payload payload) {
        if (!(payload instanceof Assignment assignment)) {
            return;
        }
        String assetId = assignment.registration().assetId();
        AssetRecord record = assets.get(assetId);
        if (record == null) {
            record = new AssetRecord();
        }
        if (!record.seenEventIds.add(assignment.registration().eventId())) {
            return;
        }
        String fundId = assignment.fundId();
        if (fundId != null && record.fundId == null) {
            record.fundId = fundId;
            record.firstEventId = assignment.registration().eventId();
            record.firstEventTime = assignment.registration().eventTime();
            forwardPayload(fundId, assignment);
        } else if (fundId != null && !fundId.equals(record.fundId)) {
            forwardPayload(fundId, assignment.duplicateOf(record.fundId, record.firstEventId, record.firstEventTime));
        }
        assets.put(assetId, record);
    }
}
