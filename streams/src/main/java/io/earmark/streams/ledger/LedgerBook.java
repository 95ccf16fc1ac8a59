package io.earmark.streams.ledger;

import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.AlertDraft;
import io.earmark.streams.rules.FundEvent;
import io.earmark.streams.rules.FundRule;
import io.earmark.streams.rules.FundRules;
import io.earmark.streams.rules.Money;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.rules.Thresholds;
import io.earmark.streams.rules.Verdict;
import io.earmark.streams.state.AlertIds;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies events and deadlines to one fund's ledger, in event-time order, and asks the rules what to raise. Each
 * alert is raised once: the ledger remembers the ids it raised. Each event is applied once: the ledger remembers the
 * ids it applied, per topic.
 */
public final class LedgerBook {

    private final RuleBook rules;
    private final List<FundRule> fundRules = FundRules.all();
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
        // as if each had come after the earmark: its seller payment stands in order at the earmark, or later
        waiting.forEach(m -> applyKnown(ledger, m, Math.max(fund.eventTime(), m.eventTime()), outcome));
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
            decide(ledger, new FundEvent.Held(movement), outcome);
            return outcome;
        }
        applyKnown(ledger, movement, movement.eventTime(), outcome);
        touch(ledger, movement.eventTime());
        return outcome;
    }

    /**
     * The alerts a coloured movement raises on its own (cash withdrawal, diversion) when it is applied, known already
     * on its arrival: they depend only on the earmark and the movement, so once the fund is known the verdict cannot
     * change, whenever the movement is applied. Empty when the fund is not known yet, the movement was applied
     * already (a redelivery) or the alerts were raised.
     */
    public List<AlertDraft> immediateAlerts(FundLedger ledger, Movement movement) {
        if (!ledger.known() || ledger.appliedEventIds.contains("movements:" + movement.eventId())) {
            return List.of();
        }
        List<AlertDraft> drafts = new ArrayList<>();
        FundEvent arrived = new FundEvent.Arrived(movement);
        Thresholds thresholds = thresholds(ledger);
        for (FundRule rule : fundRules) {
            for (AlertDraft draft : rule.decide(arrived, ledger, thresholds).alerts()) {
                if (!ledger.alertIds.contains(AlertIds.of(draft.rule(), ledger.fundId, draft.trigger()))) {
                    drafts.add(draft);
                }
            }
        }
        return drafts;
    }

    private void applyKnown(FundLedger ledger, Movement movement, long appliedAt, Outcome outcome) {
        decide(ledger, new FundEvent.Arrived(movement), outcome);
        boolean foWasEmpty = ledger.heldByFinancialOrg() <= 0;
        int sellerPaymentsBefore = outcome.sellerPayments.size();
        flow.apply(ledger, movement, appliedAt, outcome);
        Journey.moved(ledger, movement);
        boolean idleEpisodeStarted = trackIdleEpisode(ledger, movement, foWasEmpty);
        boolean paidSeller = outcome.sellerPayments.size() > sellerPaymentsBefore;
        boolean firstSellerPayment = paidSeller && ledger.firstSellerPaymentAt == null;
        if (firstSellerPayment) {
            ledger.firstSellerPaymentAt = movement.eventTime();
            ledger.firstSellerPaymentEventId = movement.eventId();
        }
        decide(ledger, new FundEvent.Moved(movement, idleEpisodeStarted, firstSellerPayment), outcome);
    }

    /** @return whether the movement started an episode: the financial organisation holds the fund's money again */
    private static boolean trackIdleEpisode(FundLedger ledger, Movement movement, boolean foWasEmpty) {
        long foBalance = ledger.heldByFinancialOrg();
        if (foWasEmpty && foBalance > 0) {
            ledger.idleSince = movement.eventTime();
            ledger.idleStartEventId = movement.eventId();
            return true;
        }
        if (foBalance <= 0) {
            ledger.idleSince = null;
            ledger.idleStartEventId = null;
        }
        return false;
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
            decide(ledger, new FundEvent.Duplicated(assignment), outcome);
            return outcome;
        }
        if (ledger.hasAsset(r.assetId())) {
            return outcome;
        }
        ledger.addAsset(r);
        ledger.registeredValue = Money.plus("registeredValue", ledger.registeredValue, r.actualValue());
        Journey.registered(ledger, r);
        decide(ledger, new FundEvent.Registered(r), outcome);
        touch(ledger, r.eventTime());
        return outcome;
    }

    public Outcome applyKickback(FundLedger ledger, KickbackSignal signal) {
        Outcome outcome = new Outcome();
        decide(ledger, new FundEvent.KickbackSignalled(signal), outcome);
        return outcome;
    }

    /**
     * A deadline has come. The ledger's own part: the registration deadline passes once; a held movement whose hold
     * ran out is set aside (unless its fund was announced meanwhile, which applied it).
     */
    public Outcome fire(FundLedger ledger, Deadline deadline) {
        Outcome outcome = new Outcome();
        switch (deadline.kind()) {
            case IDLE_MEDIUM, IDLE_HIGH -> decide(ledger, new FundEvent.DeadlineReached(deadline), outcome);
            case ASSET_REGISTRATION -> {
                if (!ledger.assetDeadlinePassed) {
                    ledger.assetDeadlinePassed = true;
                    outcome.changed = true;
                    decide(ledger, new FundEvent.DeadlineReached(deadline), outcome);
                }
            }
            case UNKNOWN_FUND -> ledger.held.stream().filter(m -> m.eventId().equals(deadline.ref())).findFirst()
                    .ifPresent(m -> {
                        ledger.held.remove(m);
                        ledger.setAside.add(m);
                        Journey.setAside(ledger, m);
                        outcome.changed = true;
                        decide(ledger, new FundEvent.HoldExpired(m, deadline.at()), outcome);
                    });
        }
        return outcome;
    }

    /** Asks every rule, in order, and takes their verdicts: each new alert raised once, each deadline scheduled. */
    private void decide(FundLedger ledger, FundEvent event, Outcome outcome) {
        Thresholds thresholds = thresholds(ledger);
        for (FundRule rule : fundRules) {
            Verdict verdict = rule.decide(event, ledger, thresholds);
            verdict.alerts().forEach(draft -> raise(ledger, draft, outcome));
            outcome.deadlines.addAll(verdict.deadlines());
        }
    }

    private static void raise(FundLedger ledger, AlertDraft draft, Outcome outcome) {
        if (ledger.alertIds.add(AlertIds.of(draft.rule(), ledger.fundId, draft.trigger()))) {
            outcome.alerts.add(draft);
            outcome.changed = true;
            Journey.alerted(ledger, draft);
            touch(ledger, draft.detectedAt());
        }
    }

    /** The fund's programme's thresholds; the rule book's defaults while the fund is unknown. */
    private Thresholds thresholds(FundLedger ledger) {
        return ledger.known() ? rules.forProgramme(ledger.fund.programme()) : rules.defaults();
    }

    private static void touch(FundLedger ledger, long eventTime) {
        ledger.updatedAt = Math.max(ledger.updatedAt, eventTime);
    }
}
