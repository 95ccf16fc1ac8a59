package io.earmark.streams.testing;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.asset;
import static io.earmark.streams.testing.Events.days;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;

import io.earmark.schema.Channel;
import io.earmark.schema.FundMovement;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.ledger.Outcome;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fund's ledger as the core stage builds it, with the pipeline's own {@link LedgerBook}, deadlines fired in
 * event-time order before later events: the bank receives the money and sits on it past the 48 h idle limit
 * (IDLE_FUNDS at hour 49), pays the beneficiary at hour 60, who pays the seller 4 M and withdraws 0.5 M in cash; one
 * animal is registered with the seller, and the seller sends 1.5 M back to the beneficiary (KICKBACK_SUSPECTED).
 */
public final class KickbackStory {

    public static final String FUND = "F-PICTURE";
    public static final long IDLE_LIMIT_HOURS = 48;

    private final LedgerBook book = new LedgerBook(RuleBook.shipped());
    private final FundLedger ledger;
    private final List<Deadline> pending = new ArrayList<>();

    private KickbackStory(String fundId) {
        this.ledger = FundLedger.open(fundId);
    }

    public static FundLedger ledger() {
        return ledger(FUND, BENEFICIARY);
    }

    /** The same story for another fund and beneficiary (same operator, bank and seller). */
    public static FundLedger ledger(String fundId, String beneficiary) {
        KickbackStory story = new KickbackStory(fundId);
        Fund fund = Fund.of(Events.fund(fundId, f -> f.setBeneficiaryId(beneficiary)));
        story.outcome(story.book.applyFund(story.ledger, fund));
        story.apply(move("M-1", fundId, OPERATOR, BANK, 5_000_000_00L, hours(1)));
        story.apply(move("M-2", fundId, BANK, beneficiary, 5_000_000_00L, hours(60)));
        story.apply(move("M-3", fundId, beneficiary, SELLER, 4_000_000_00L, hours(61)));
        story.apply(move("M-4", fundId, beneficiary, beneficiary, 500_000_00L, hours(62), Channel.CASH_WITHDRAWAL));
        story.until(days(3).toEpochMilli());
        story.outcome(story.book.applyAssignment(story.ledger, Assignment.matched(Registration.of(
                asset("R-1", "KZ-<001>", beneficiary, fundId, 3_900_000_00L, days(3),
                        io.earmark.schema.Registry.LIVESTOCK_IDENTIFICATION)), fundId)));
        story.until(days(4).toEpochMilli());
        story.outcome(story.book.applyKickback(story.ledger, new KickbackSignal(fundId, SELLER, 1_500_000_00L,
                4_000_000_00L, "M-BACK", days(4).toEpochMilli(), List.of())));
        return story.ledger;
    }

    private void apply(FundMovement m) {
        until(m.getEventTime().toEpochMilli());
        outcome(book.applyMovement(ledger, Movement.of(m)));
    }

    /** Fires every pending deadline before {@code at}, in time order, as stream time passing them would. */
    private void until(long at) {
        pending.sort(Comparator.comparingLong(Deadline::at));
        while (!pending.isEmpty() && pending.get(0).at() < at) {
            outcome(book.fire(ledger, pending.remove(0)));
            pending.sort(Comparator.comparingLong(Deadline::at));
        }
    }

    private void outcome(Outcome outcome) {
        pending.addAll(outcome.deadlines);
    }
}
