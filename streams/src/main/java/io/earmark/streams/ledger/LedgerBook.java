package io.earmark.streams.ledger;

import io.earmark.schema.Severity;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.AlertDraft;
import io.earmark.streams.rules.AssetDeadlineRule;
import io.earmark.streams.rules.CashWithdrawalRule;
import io.earmark.streams.rules.DivertedFundsRule;
import io.earmark.streams.rules.DuplicateAssetRule;
import io.earmark.streams.rules.IdleFundsRule;
import io.earmark.streams.rules.KickbackRule;
import io.earmark.streams.rules.Money;
import io.earmark.streams.rules.OversubsidyRule;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.rules.Thresholds;
import io.earmark.streams.rules.UnknownFundRule;
import io.earmark.streams.state.AlertIds;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies events and deadlines to one fund's ledger, in event-time order, and asks the rules what to raise. Each
 * alert is raised once: the ledger remembers the ids it raised. Each event is applied once: the ledger remembers the
 * ids it applied, per topic.
 */
public final class LedgerBook {

    private final RuleBook rules;
    private final MoneyFlow flow = new MoneyFlow();

    public LedgerBook(RuleBook rules) {
        this.rules = rules;
    }

    public Outcome applyFund(FundLedger ledger, Fund fund) {
        if (ledger.known() || !ledger.appliedEventIds.add("funds:" + fund.eventId())) {
            return Outcome.unchanged();
        }
        Outcome outcome = new Outcome();
        ledger.fund = fund;
        outcome.changed = true;
        Journey.earmarked(ledger, fund);
        List<Movement> waiting = ledger.held.stream().sorted(Comparator.comparingLong(Movement::eventTime)
                .thenComparing(Movement::eventId)).toList();
        ledger.held.clear();
        waiting.forEach(m -> applyKnown(ledger, m, outcome));
        touch(ledger, fund.eventTime());
        return outcome;
    }

    public Outcome applyMovement(FundLedger ledger, Movement movement) {
        if (!ledger.appliedEventIds.add("movements:" + movement.eventId())) {
            return Outcome.unchanged();
        }
        Outcome outcome = new Outcome();
        outcome.changed = true;
        if (!ledger.known()) {
            ledger.held.add(movement);
            Journey.held(ledger, movement);
            long deadline = UnknownFundRule.deadline(movement, rules.defaults());
            outcome.deadlines.add(new Deadline(deadline, movement.fundId(), Deadline.Kind.UNKNOWN_FUND,
                    movement.eventId()));
            return outcome;
        }
        applyKnown(ledger, movement, outcome);
        touch(ledger, movement.eventTime());
        return outcome;
    }

    /**
     * The alert a coloured movement raises on its own (cash withdrawal, else diversion) when it is applied, known
     * already on its arrival: it depends only on the earmark and the movement, so once the fund is known the verdict
     * cannot change, whenever the movement is applied. Empty when the fund is not known yet, the movement was applied
     * already (a redelivery) or the alert was raised.
     */
    public Optional<AlertDraft> immediateAlert(FundLedger ledger, Movement movement) {
        if (!ledger.known() || ledger.appliedEventIds.contains("movements:" + movement.eventId())) {
            return Optional.empty();
        }
        return verdictOf(ledger.fund, movement)
                .filter(draft -> !ledger.alertIds.contains(AlertIds.of(draft.rule(), ledger.fundId, draft.trigger())));
    }

    private static Optional<AlertDraft> verdictOf(Fund fund, Movement movement) {
        return CashWithdrawalRule.check(fund, movement).or(() -> DivertedFundsRule.check(fund, movement));
    }

    private void applyKnown(FundLedger ledger, Movement movement, Outcome outcome) {
        Fund fund = ledger.fund;
        verdictOf(fund, movement).ifPresent(draft -> raise(ledger, draft, outcome));
        boolean foWasEmpty = ledger.heldByFinancialOrg() <= 0;
        int sellerPaymentsBefore = outcome.sellerPayments.size();
        flow.apply(ledger, movement, outcome);
        Journey.moved(ledger, movement);
        trackIdleEpisode(ledger, movement, foWasEmpty, outcome);
        boolean paidSeller = outcome.sellerPayments.size() > sellerPaymentsBefore;
        if (paidSeller && ledger.firstSellerPaymentAt == null) {
            ledger.firstSellerPaymentAt = movement.eventTime();
            ledger.firstSellerPaymentEventId = movement.eventId();
            if (fund.expectedAssetCount() > 0) {
                outcome.deadlines.add(new Deadline(AssetDeadlineRule.deadline(ledger, movement.eventTime()),
                        fund.fundId(), Deadline.Kind.ASSET_REGISTRATION, movement.eventId()));
            }
        }
    }

    private void trackIdleEpisode(FundLedger ledger, Movement movement, boolean foWasEmpty, Outcome outcome) {
        long foBalance = ledger.heldByFinancialOrg();
        if (foWasEmpty && foBalance > 0) {
            ledger.idleSince = movement.eventTime();
            ledger.idleStartEventId = movement.eventId();
            String ref = Long.toString(movement.eventTime());
            outcome.deadlines.add(new Deadline(IdleFundsRule.mediumDeadline(ledger, movement.eventTime()),
                    ledger.fund.fundId(), Deadline.Kind.IDLE_MEDIUM, ref));
            outcome.deadlines.add(new Deadline(IdleFundsRule.highDeadline(ledger, movement.eventTime(),
                    thresholds(ledger)), ledger.fund.fundId(), Deadline.Kind.IDLE_HIGH, ref));
        } else if (foBalance <= 0) {
            ledger.idleSince = null;
            ledger.idleStartEventId = null;
        }
    }

    public Outcome applyAssignment(FundLedger ledger, Assignment assignment) {
        Registration r = assignment.registration();
        if (!ledger.appliedEventIds.add("assets:" + r.eventId())) {
            return Outcome.unchanged();
        }
        Outcome outcome = new Outcome();
        outcome.changed = true;
        if (assignment.duplicate()) {
            Journey.duplicate(ledger, assignment);
            raise(ledger, DuplicateAssetRule.alert(assignment), outcome);
            return outcome;
        }
        if (ledger.hasAsset(r.assetId())) {
            return outcome;
        }
        ledger.assets.add(r);
        ledger.registeredValue = Money.plus("registeredValue", ledger.registeredValue, r.actualValue());
        Journey.registered(ledger, r);
        if (ledger.known() && OversubsidyRule.applies(ledger)) {
            ledger.subsidyChecked = true;
            OversubsidyRule.check(ledger, r).ifPresent(draft -> raise(ledger, draft, outcome));
        }
        touch(ledger, r.eventTime());
        return outcome;
    }

    public Outcome applyKickback(FundLedger ledger, KickbackSignal signal) {
        Outcome outcome = new Outcome();
        raise(ledger, KickbackRule.alert(signal), outcome);
        return outcome;
    }

    public Outcome fire(FundLedger ledger, Deadline deadline) {
        Outcome outcome = new Outcome();
        switch (deadline.kind()) {
            case IDLE_MEDIUM, IDLE_HIGH -> IdleFundsRule.atDeadline(ledger, Long.parseLong(deadline.ref()),
                    deadline.at(), deadline.kind() == Deadline.Kind.IDLE_HIGH ? Severity.HIGH : Severity.MEDIUM)
                    .ifPresent(draft -> raise(ledger, draft, outcome));
            case ASSET_REGISTRATION -> {
                if (!ledger.assetDeadlinePassed) {
                    ledger.assetDeadlinePassed = true;
                    outcome.changed = true;
                    AssetDeadlineRule.atDeadline(ledger, thresholds(ledger), deadline.at())
                            .ifPresent(draft -> raise(ledger, draft, outcome));
                }
            }
            case UNKNOWN_FUND -> ledger.held.stream().filter(m -> m.eventId().equals(deadline.ref())).findFirst()
                    .ifPresent(m -> {
                        ledger.held.remove(m);
                        ledger.setAside.add(m);
                        Journey.setAside(ledger, m);
                        outcome.changed = true;
                        raise(ledger, UnknownFundRule.alert(m, deadline.at(), rules.defaults()), outcome);
                    });
        }
        return outcome;
    }

    private void raise(FundLedger ledger, AlertDraft draft, Outcome outcome) {
        if (ledger.alertIds.add(AlertIds.of(draft.rule(), ledger.fundId, draft.trigger()))) {
            outcome.alerts.add(draft);
            outcome.changed = true;
            Journey.alerted(ledger, draft);
            touch(ledger, draft.detectedAt());
        }
    }

    private Thresholds thresholds(FundLedger ledger) {
        return rules.forProgramme(ledger.fund.programme());
    }

    private static void touch(FundLedger ledger, long eventTime) {
        ledger.updatedAt = Math.max(ledger.updatedAt, eventTime);
    }
}
