package io.earmark.streams.stages;

import io.earmark.streams.ledger.OwnerBook;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.AssetHandover;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.HandoverAsked;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Registration;
import io.earmark.streams.model.Sighting;
import io.earmark.streams.order.EventOrder;
import io.earmark.streams.order.OrderedWork;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import io.earmark.streams.order.StageTask;
import io.earmark.streams.state.AssetRecord;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.OwnerFunds;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Keyed by owner (beneficiary). In: earmarks, sightings of registrations, and requests to hand an asset's record
 * over. Registrations naming their fund pass through (and count for it); the others are matched by
 * {@link FundMatching}. While one owner registers an asset, this task also keeps the asset's record (which fund it
 * counts for, see {@link AssetRecord#record}) in that owner's {@link OwnerFunds}, and sends the fund's ledger what to
 * apply, keyed by fundId. Once the asset is contested (another owner registered it), the asset stage decides
 * instead: the record is handed over to it ({@link AssetHandover}), each registration goes to it ({@link StageOutput.ToAssetStage}),
 * and the core gets the registration to hold until the asset stage's verdict comes. A registration this task applies after the handover (one that came
 * late, or was waiting for its turn) follows the handed-over record to the asset stage too.
 */
public final class OwnerStage implements Processor<String, Envelope, String, StageOutput>, OrderedWork {

    private final int partitions;
    private final Duration watermarkInterval;
    private final PipelineObserver observer;
    private StageTask task;
    private EventOrder order;
    private CachedStore<OwnerFunds> owners;

    public OwnerStage(int partitions, Duration watermarkInterval, PipelineObserver observer) {
        this.partitions = partitions;
        this.watermarkInterval = watermarkInterval;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        task = StageTask.of(context, StageNames.OWNER, observer);
        order = task.ordered(StoreNames.OWNER_BUFFER, StoreNames.OWNER_WATERMARKS,
                StageNames.allOf(partitions, StageNames.FUNDS, StageNames.SIGHTING), watermarkInterval, this,
                this::passOn);
        owners = task.cached(StoreNames.OWNER_FUNDS, OwnerFunds::copy);
    }

    @Override
    public void process(Record<String, Envelope> record) {
        Envelope envelope = record.value();
        if (envelope != null && envelope.payload() instanceof HandoverAsked asked) {
            handOver(envelope, asked);
            order.resume();
        } else {
            order.offer(envelope);
        }
        task.recordDone();
    }

    @Override
    public void apply(Payload payload) {
        if (payload instanceof Fund fund) {
            OwnerFunds owner = load(fund.beneficiaryId());
            if (OwnerBook.addFund(owner, fund)) {
                owners.put(fund.beneficiaryId(), owner);
            }
        } else if (payload instanceof Sighting sighting) {
            assign(sighting);
        }
    }

    /**
     * A request to hand an asset's record over is carried out as it arrives: the record then holds what this task
     * decided so far, and every registration of the asset it has not decided yet (one still waiting for its turn, or
     * a late one) is left to the asset stage, which decides them in event-time order as the earlier shape did.
     */
    private void handOver(Envelope envelope, HandoverAsked asked) {
        task.isolated(StageTask.work(envelope), () -> {
            try {
                OwnerFunds owner = load(asked.ownerId());
                OwnerBook.handOver(owner, asked).ifPresent(handover -> {
                    toAssetStage(asked.assetId(), handover);
                    owners.put(asked.ownerId(), owner);
                });
            } catch (RuntimeException e) {
                toAssetStage(asked.assetId(), OwnerBook.emptyHandover(asked));
                throw e;
            }
        });
    }

    private void assign(Sighting sighting) {
        Registration registration = sighting.registration();
        OwnerFunds owner = load(registration.ownerId());
        OwnerBook.Decision decision = OwnerBook.assign(owner, sighting);
        owners.put(registration.ownerId(), owner);
        Assignment assignment = decision.assignment();
        if (decision.contested()) {
            toAssetStage(registration.assetId(), assignment);
            if (assignment.fundId() != null) {
                task.forwardPayload(assignment.fundId(), assignment.awaitingVerdict());
            }
            return;
        }
        decision.applied().ifPresent(a -> task.forwardPayload(a.fundId(), a));
    }

    private void toAssetStage(String assetId, Payload payload) {
        task.send(assetId, new StageOutput.ToAssetStage(task.stamped(payload)), payload.eventTime());
    }

    /** The watermark goes to the asset stage and to the core. */
    private void passOn(Envelope watermark) {
        task.send(StageOutput.WATERMARK_KEY, new StageOutput.ToAssetStage(watermark), watermark.eventTime());
        task.passOn(watermark);
    }

    private OwnerFunds load(String ownerId) {
        OwnerFunds owner = owners.get(ownerId);
        return owner != null ? owner : new OwnerFunds();
    }
}
