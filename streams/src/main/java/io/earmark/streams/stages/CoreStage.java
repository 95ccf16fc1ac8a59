package io.earmark.streams.stages;

import io.earmark.schema.FundAlert;
import io.earmark.schemas.json.JsonLines;
import io.earmark.streams.deadletter.FailedWork;
import io.earmark.streams.deadletter.InfrastructureFailure;
import io.earmark.streams.ledger.AlertFactory;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.ledger.Outcome;
import io.earmark.streams.ledger.StatusView;
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
import io.earmark.streams.rules.AlertDraft;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.AlertIds;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.DeadlineIndex;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.RecentAlerts;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private final LedgerBook book;
    private final AlertFactory alerts;
    private final StatusView statuses;
    private final PipelineObserver observer;
    private final Duration alertRetention;
    private final TriggerClock triggers = new TriggerClock(System::currentTimeMillis);
    private StageTask task;
    private EventOrder order;
    private CachedStore<FundLedger> ledgers;
    private DeadlineIndex deadlines;
    private RecentAlerts recentAlerts;
    private KeyValueStore<String, AssetVerdict> verdicts;
    /** Funds whose status changed since the last commit, in the order they first changed. */
    private final Set<String> statusDue = new LinkedHashSet<>();

    public CoreStage(int partitions, RuleBook rules, Duration watermarkInterval, PipelineObserver observer) {
        this.partitions = partitions;
        this.watermarkInterval = watermarkInterval;
        this.book = new LedgerBook(rules);
        this.alerts = new AlertFactory(rules.version());
        this.statuses = new StatusView(rules);
        this.observer = observer;
        this.alertRetention = rules.recentAlertsRetention();
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        task = StageTask.of(context, StageNames.CORE, observer);
        ledgers = task.cached(StoreNames.FUND_LEDGERS, FundLedger::copy);
        deadlines = new DeadlineIndex(task.queued(StoreNames.FUND_DEADLINES));
        recentAlerts = new RecentAlerts(task.store(StoreNames.RECENT_ALERTS), alertRetention);
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
                announceEarly(movement);
            }
        }
        if (!takeUnordered(envelope)) {
            order.offer(envelope);
        }
        task.recordDone();
    }

    /**
     * Sends a cash withdrawal or diversion alert as soon as the movement arrives when its fund is known: the verdict
     * is the one applying the movement in event-time order will reach (see {@link LedgerBook#immediateAlerts}), so
     * only its timing changes, not which alerts are raised. The ledger notes it, so that the in-order application
     * records the alert (ids, journey) without sending it twice.
     */
    private void announceEarly(Movement movement) {
        // A failure here is taken back and not reported: applying the movement in order decides, and reports it.
        List<AlertDraft> drafts;
        try {
            FundLedger ledger = ledgers.get(movement.fundId()); // only read: outside a unit, so no copy is kept
            drafts = ledger == null ? List.of() : book.immediateAlerts(ledger, movement);
        } catch (RuntimeException e) {
            if (InfrastructureFailure.causes(e)) {
                throw e;
            }
            return;
        }
        if (drafts.isEmpty()) {
            return;
        }
        task.isolated(null, () -> {
            FundLedger ledger = ledgers.get(movement.fundId());
            drafts.forEach(draft -> {
                if (ledger.announcedAlertIds.add(AlertIds.of(draft.rule(), ledger.fundId, draft.trigger()))) {
                    FundAlert alert = alerts.create(ledger, draft);
                    ledgers.put(movement.fundId(), ledger);
                    send(alert);
                }
            });
        });
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
        recentAlerts.timeReached(limit);
        triggers.firingDeadlines();
        List<Deadline> due = deadlines.takeBefore(limit);
        while (!due.isEmpty()) {
            for (Deadline deadline : due) {
                task.isolated(new FailedWork(deadline, StageNames.CORE, deadline.key(), deadline.at()),
                        () -> update(deadline.fundId(), ledger -> book.fire(ledger, deadline)));
            }
            due = deadlines.takeBefore(limit);
        }
    }

    private void update(String fundId, Function<FundLedger, Outcome> change) {
        FundLedger ledger = ledgers.get(fundId);
        if (ledger == null) {
            ledger = FundLedger.open(fundId);
        }
        Outcome outcome = change.apply(ledger);
        if (!outcome.changed) {
            return;
        }
        // Everything that leaves is made before anything is written, so that a failure leaves no trace.
        List<FundAlert> raised = new ArrayList<>();
        for (AlertDraft draft : outcome.alerts) {
            if (!ledger.announcedAlertIds.remove(AlertIds.of(draft.rule(), fundId, draft.trigger()))) {
                raised.add(alerts.create(ledger, draft));
            }
        }
        ledgers.put(fundId, ledger);
        outcome.deadlines.forEach(deadlines::add);
        raised.forEach(this::send);
        for (SellerPayment payment : outcome.sellerPayments) {
            task.forwardPayload(PairStage.pairKey(payment.sellerId(), payment.beneficiaryId()), payment);
        }
        if (ledger.known()) {
            statusDue.add(fundId);
        }
    }

    /** Each fund's status once per commit, as it stands then, for every fund that changed since the last. */
    @Override
    public void beforeCommit() {
        for (String fundId : statusDue) {
            FundLedger ledger = ledgers.get(fundId);
            if (ledger != null && ledger.known()) {
                task.isolated(new FailedWork(fundId, StageNames.CORE, fundId, ledger.updatedAt),
                        () -> task.send(fundId, new StageOutput.Status(statuses.of(ledger)), ledger.updatedAt));
            }
        }
        statusDue.clear();
    }

    private void send(FundAlert alert) {
        long detectedAt = alert.getDetectedAt().toEpochMilli();
        recentAlerts.add(detectedAt, alert.getAlertId(), JsonLines.write(alert));
        task.send(alert.getFundId(), new StageOutput.Alert(alert), detectedAt);
        observer.alertRaised(alert.getRule().name(), alert.getSeverity().name(), triggers.latencyMillis());
    }
}
