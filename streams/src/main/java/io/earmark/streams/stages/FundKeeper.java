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
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.SellerPayment;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The fund ledgers of one task, and what changing them sends: in, a change to one fund's ledger (made by the
 * {@link LedgerBook}) or a time deadlines are due before; out, the alerts raised (each also kept in the recent-alerts
 * store), the deadlines scheduled, the seller payments made, and each changed fund's status once per commit. Used by
 * every stage that keeps fund ledgers.
 */
final class FundKeeper {

    private final StageTask task;
    private final String stage;
    private final LedgerBook book;
    private final AlertFactory alerts;
    private final StatusView statuses;
    private final PipelineObserver observer;
    private final TriggerClock triggers;
    private final CachedStore<FundLedger> ledgers;
    private final DeadlineIndex deadlines;
    private final RecentAlerts recentAlerts;
    /** Funds whose status changed since the last commit, in the order they first changed. */
    private final Set<String> statusDue = new LinkedHashSet<>();

    FundKeeper(StageTask task, String stage, RuleBook rules, LedgerBook book, PipelineObserver observer,
               TriggerClock triggers, CachedStore<FundLedger> ledgers, DeadlineIndex deadlines,
               RecentAlerts recentAlerts) {
        this.task = task;
        this.stage = stage;
        this.book = book;
        this.alerts = new AlertFactory(rules.version());
        this.statuses = new StatusView(rules);
        this.observer = observer;
        this.triggers = triggers;
        this.ledgers = ledgers;
        this.deadlines = deadlines;
        this.recentAlerts = recentAlerts;
    }

    CachedStore<FundLedger> ledgers() {
        return ledgers;
    }

    AlertFactory alertFactory() {
        return alerts;
    }

    /**
     * Applies {@code change} to the ledger of {@code fundId} (opened when there is none yet) and sends what it raised;
     * returns the seller payments it made.
     */
    List<SellerPayment> update(String fundId, Function<FundLedger, Outcome> change) {
        FundLedger ledger = ledgers.get(fundId);
        if (ledger == null) {
            ledger = FundLedger.open(fundId);
        }
        return update(ledger, change);
    }

    /** As {@link #update(String, Function)}, on a ledger this task may not hold yet (one handed over with its earmark). */
    List<SellerPayment> update(FundLedger ledger, Function<FundLedger, Outcome> change) {
        String fundId = ledger.fundId;
        Outcome outcome = change.apply(ledger);
        if (!outcome.changed) {
            return List.of();
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
        if (ledger.known()) {
            statusDue.add(fundId);
        }
        return outcome.sellerPayments;
    }

    /**
     * Sends a cash withdrawal or diversion alert as soon as the movement arrives when its fund is known here: the
     * verdict is the one applying the movement in order will reach (see {@link LedgerBook#immediateAlerts}), so only
     * its timing changes, not which alerts are raised. The ledger notes it, so that the in-order application records
     * the alert (ids, journey) without sending it twice.
     */
    void announceEarly(Movement movement) {
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

    /** Deadlines before {@code limit} fire, each in a unit of its own; alerts past their retention leave the store. */
    void timeReached(long limit) {
        recentAlerts.timeReached(limit);
        triggers.firingDeadlines();
        List<Deadline> due = deadlines.takeBefore(limit);
        while (!due.isEmpty()) {
            for (Deadline deadline : due) {
                task.isolated(new FailedWork(deadline, stage, deadline.key(), deadline.at()),
                        () -> fire(deadline));
            }
            due = deadlines.takeBefore(limit);
        }
    }

    private void fire(Deadline deadline) {
        FundLedger ledger = ledgers.get(deadline.fundId());
        if (ledger == null) {
            ledger = FundLedger.open(deadline.fundId());
        }
        update(ledger, l -> book.fire(l, deadline));
    }

    /** Each changed fund's status, as it stands now, once per commit. */
    void sendStatuses() {
        for (String fundId : statusDue) {
            FundLedger ledger = ledgers.get(fundId);
            if (ledger != null && ledger.known()) {
                task.isolated(new FailedWork(fundId, stage, fundId, ledger.updatedAt),
                        () -> task.send(fundId, new StageOutput.Status(statuses.of(ledger)), ledger.updatedAt));
            }
        }
        statusDue.clear();
    }

    void send(FundAlert alert) {
        long detectedAt = alert.getDetectedAt().toEpochMilli();
        recentAlerts.add(detectedAt, alert.getAlertId(), JsonLines.write(alert));
        task.send(alert.getFundId(), new StageOutput.Alert(alert), detectedAt);
        observer.alertRaised(alert.getRule().name(), alert.getSeverity().name(), triggers.latencyMillis());
    }
}
