package io.earmark.streams.stages;

import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.order.OrderedStage;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.rules.KickbackWatch;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Keyed by "seller|beneficiary". In: the core's seller payments and every movement (coloured or not) keyed by
 * "from|to". Out, keyed by fundId for the core: a {@link KickbackSignal} when {@link KickbackWatch} signals. Movements
 * between parties that no fund ever connected are ignored without keeping state.
 */
public final class PairStage extends OrderedStage {

    private final int partitions;
    private final KickbackWatch watch;
    private CachedStore<PairLedger> pairs;

    public PairStage(int partitions, KickbackWatch watch, Duration watermarkInterval, PipelineObserver observer) {
        super(StageNames.PAIR, StoreNames.PAIR_BUFFER, StoreNames.PAIR_WATERMARKS, watermarkInterval, observer);
        this.partitions = partitions;
        this.watch = watch;
    }

    public static String pairKey(String sellerId, String beneficiaryId) {
        return sellerId + "|" + beneficiaryId;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        super.init(context);
        pairs = cached(context, StoreNames.PAIR_LEDGERS, PairLedger::copy);
    }

    @Override
    protected List<String> expectedChannels(int partition) {
        return StageNames.allOf(partitions, StageNames.MOVEMENTS, StageNames.CORE);
    }

    @Override
    protected void apply(Payload payload) {
        if (payload instanceof SellerPayment payment) {
            String key = pairKey(payment.sellerId(), payment.beneficiaryId());
            PairLedger pair = pairs.get(key);
            if (pair == null) {
                pair = new PairLedger();
            }
            if (pair.seenEventIds.add("payment:" + payment.eventId())) {
                watch.onPayment(pair, payment);
                pairs.put(key, pair);
            }
        } else if (payload instanceof Movement movement) {
            String key = pairKey(movement.fromId(), movement.toId());
            PairLedger pair = pairs.get(key);
            if (pair == null || !pair.seenEventIds.add("movement:" + movement.eventId())) {
                return;
            }
            List<KickbackSignal> signals = watch.onTransferBack(pair, movement);
            pairs.put(key, pair);
            signals.forEach(signal -> forwardPayload(signal.fundId(), signal));
        }
    }

    /** The core takes kickback verdicts unordered, so no watermark goes downstream. */
    @Override
    protected void emitWatermark(Envelope watermark) {
    }
}
