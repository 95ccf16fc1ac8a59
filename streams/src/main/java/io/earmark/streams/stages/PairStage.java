package io.earmark.streams.stages;

import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.order.EventOrder;
import io.earmark.streams.order.OrderedWork;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import io.earmark.streams.order.StageTask;
import io.earmark.streams.rules.KickbackWatch;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Keyed by "seller|beneficiary". In: the core's seller payments and every movement (coloured or not) keyed by
 * "from|to". Out, keyed by fundId for the core: a {@link KickbackSignal} when {@link KickbackWatch} signals. Movements
 * between parties that no fund ever connected are ignored without keeping state. The core takes kickback signals
 * unordered, so this stage passes no watermark on.
 */
public final class PairStage implements Processor<String, Envelope, String, StageOutput>, OrderedWork {

    private final int partitions;
    private final KickbackWatch watch;
    private final Duration watermarkInterval;
    private final PipelineObserver observer;
    private StageTask task;
    private EventOrder order;
    private CachedStore<PairLedger> pairs;

    public PairStage(int partitions, KickbackWatch watch, Duration watermarkInterval, PipelineObserver observer) {
        this.partitions = partitions;
        this.watch = watch;
        this.watermarkInterval = watermarkInterval;
        this.observer = observer;
    }

    public static String pairKey(String sellerId, String beneficiaryId) {
        return sellerId + "|" + beneficiaryId;
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        task = StageTask.of(context, StageNames.PAIR, observer);
        order = task.ordered(StoreNames.PAIR_BUFFER, StoreNames.PAIR_WATERMARKS,
                StageNames.allOf(partitions, StageNames.MOVEMENTS, StageNames.CORE), watermarkInterval, this,
                watermark -> { });
        pairs = task.cached(StoreNames.PAIR_LEDGERS, PairLedger::copy);
    }

    @Override
    public void process(Record<String, Envelope> record) {
        order.offer(record.value());
        task.recordDone();
    }

    @Override
    public void apply(Payload payload) {
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
            signals.forEach(signal -> task.forwardPayload(signal.fundId(), signal));
        }
    }
}
