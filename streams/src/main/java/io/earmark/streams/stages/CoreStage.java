package io.earmark.streams.stages;

import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.ledger.Outcome;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.metrics.TriggerClock;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.order.EventOrder;
import io.earmark.streams.order.OrderedWork;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import io.earmark.streams.order.StageTask;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.DeadlineIndex;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.RecentAlerts;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by fundId: the fund ledger. In, in event-time order: earmarks and coloured movements read straight from the
 * input topics (this task's partition), and asset assignments from the owner stage; out of order: kickback verdicts,
 * and the asset stage's verdicts on registrations of contested assets (such a registration waits for its verdict in
 * its place in the order, see {@link #canApply}).
 * Deadlines (idle money, asset registration, unknown fund) fire from the deadline index as the watermark passes them.
 * Out: {@code FundAlert}s (also kept in {@code recent-alerts} for queries, for the rule book's retention in event
 * time: see {@link RecentAlerts}), {@code FundStatus}es (once per fund per
 * commit, see {@link #beforeCommit}), and seller payments
 * (as envelopes) for the pair stage. Each alert is reported to the {@link PipelineObserver} with its latency
 * (see {@link TriggerClock}).
 */
public final class CoreStage implements Processor<String, Envelope, String, StageOutput>, OrderedWork {

    private final int partitions;
    private final Duration watermarkInterval;
    private final RuleBook rules;
    private final LedgerBook book;
    private final PipelineObserver observer;
    private final TriggerClock triggers = new TriggerClock(System::currentTimeMillis);
    private StageTask task;
    private EventOrder order;
    private FundKeeper keeper;
    private CachedStore<FundLedger> ledgers;
    private KeyValueStore<String, AssetVerdict> verdicts;

    public CoreStage(int partitions, RuleBook rules, Duration watermarkInterval, PipelineObserver observer) {
        this.partitions = partitions;
        this.watermarkInterval = watermarkInterval;
        this.rules = rules;
        this.book = new LedgerBook(rules);
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        task = StageTask.of(context, StageNames.CORE, observer);
        ledgers = task.cached(StoreNames.FUND_LEDGERS, FundLedger::copy);
        keeper = new FundKeeper(task, StageNames.CORE, rules, book, observer, triggers, ledgers,
                new DeadlineIndex(task.queued(StoreNames.FUND_DEADLINES)),
                new RecentAlerts(task.store(StoreNames.RECENT_ALERTS), rules.recentAlertsRetention()));
        verdicts = task.store(StoreNames.ASSET_VERDICTS);
        order = task.ordered(StoreNames.CORE_BUFFER, StoreNames.CORE_WATERMARKS,
                expectedChannels(task.partition()), watermarkInterval, this, task::passOn);
    }

    @Override
    public void process(Record<String, Envelope> record) {
        triggers.recordRead();
        Envelope envelope = record.value();
        if (envelope == null) {
            task.recordDone();
            return;
        }
        if (!envelope.isWatermark() && !(envelope.payload() instanceof KickbackSignal)) {
            triggers.buffered(envelope.payload());
            if (envelope.payload() instanceof Movement movement && movement.coloured()) {
                keeper.announceEarly(movement);
            }
        }
        if (!takeUnordered(envelope)) {
            order.offer(envelope);
        }
        task.recordDone();
    }

    private List<String> expectedChannels(int partition) {
        List<String> channels = new ArrayList<>();
        channels.add(StageNames.channel(StageNames.FUNDS, partition));
        channels.add(StageNames.channel(StageNames.MOVEMENTS, partition));
        channels.addAll(StageNames.allOf(partitions, StageNames.OWNER));
        return channels;
    }

    /** Kickback signals and asset verdicts are taken as they arrive; a verdict may let a waiting registration go. */
    private boolean takeUnordered(Envelope envelope) {
        if (envelope.payload() instanceof KickbackSignal signal) {
            task.isolated(StageTask.work(envelope),
                    () -> update(signal.fundId(), ledger -> book.applyKickback(ledger, signal)));
        } else if (envelope.payload() instanceof AssetVerdict verdict) {
            verdicts.put(verdict.orderingId(), verdict);
        } else {
            return false;
        }
        order.resume();
        return true;
    }

    /** A registration of a contested asset waits, in its place in event-time order, for the asset stage's verdict. */
    @Override
    public boolean canApply(Envelope envelope) {
        return !(envelope.payload() instanceof Assignment assignment && assignment.awaitsVerdict())
                || verdicts.get(assignment.orderingId()) != null;
    }

    @Override
    public void apply(Payload payload) {
        triggers.applying(payload);
        if (payload instanceof Fund fund) {
            update(fund.fundId(), ledger -> book.applyFund(ledger, fund));
        } else if (payload instanceof Movement movement && movement.coloured()) {
            update(movement.fundId(), ledger -> book.applyMovement(ledger, movement));
        } else if (payload instanceof Assignment assignment && assignment.awaitsVerdict()) {
            AssetVerdict verdict = verdicts.get(assignment.orderingId());
            verdicts.delete(assignment.orderingId());
            if (verdict.applies()) {
                update(assignment.fundId(), ledger -> book.applyAssignment(ledger, verdict.assignment().decided()));
            }
        } else if (payload instanceof Assignment assignment) {
            update(assignment.fundId(), ledger -> book.applyAssignment(ledger, assignment));
        }
    }

    /** Deadlines fire as event time passes them; alerts past their retention leave the recent-alerts store. */
    @Override
    public void timeReached(long limit) {
        keeper.timeReached(limit);
    }

    private void update(String fundId, Function<FundLedger, Outcome> change) {
        for (SellerPayment payment : keeper.update(fundId, change)) {
            task.forwardPayload(PairStage.pairKey(payment.sellerId(), payment.beneficiaryId()), payment);
        }
    }

    /** Each fund's status once per commit, as it stands then, for every fund that changed since the last. */
    @Override
    public void beforeCommit() {
        keeper.sendStatuses();
    }
}
