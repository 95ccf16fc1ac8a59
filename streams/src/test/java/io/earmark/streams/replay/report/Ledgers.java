package io.earmark.streams.replay.report;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.asset;
import static io.earmark.streams.testing.Events.days;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.testing.Events;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * A fund's ledger built by the pipeline's own {@link LedgerBook}, as the core stage would build it, for the report's
 * unit tests: earmarked, paid to the bank, on to the beneficiary, 4 M KZT to the seller, 1 M withdrawn in cash (an
 * alert), one of two animals registered, and a kickback verdict that reaches the fund after the registration although
 * the seller's transfer back came before it.
 */
final class Ledgers {

    static final String FUND = "F-REPORT";
    static final FundEarmarked EARMARK = Events.fund(FUND);
    static final List<FundMovement> MOVEMENTS = List.of(
            move("M-1", FUND, OPERATOR, BANK, 5_000_000_00L, hours(1)),
            move("M-2", FUND, BANK, BENEFICIARY, 5_000_000_00L, hours(2)),
            move("M-3", FUND, BENEFICIARY, SELLER, 4_000_000_00L, hours(3)),
            move("M-4", FUND, BENEFICIARY, BENEFICIARY, 1_000_000_00L, hours(4), Channel.CASH_WITHDRAWAL));
    /** The seller's uncoloured transfer back to the beneficiary: evidence of the kickback, not in the journey. */
    static final FundMovement BACK = move("M-BACK", null, SELLER, BENEFICIARY, 1_500_000_00L, days(2));
    static final AssetRegistered ANIMAL = asset("R-1", "KZ-<001>", FUND, 3_900_000_00L, days(3));

    private Ledgers() {
    }

    static FundLedger ledger() {
        LedgerBook book = new LedgerBook(RuleBook.shipped());
        FundLedger ledger = FundLedger.open(FUND);
        book.applyFund(ledger, Fund.of(EARMARK));
        MOVEMENTS.forEach(m -> book.applyMovement(ledger, Movement.of(m)));
        book.applyAssignment(ledger, Assignment.matched(Registration.of(ANIMAL), FUND));
        book.applyKickback(ledger, new KickbackSignal(FUND, SELLER, 1_500_000_00L, 4_000_000_00L, "M-BACK",
                days(2).toEpochMilli(), List.of()));
        return ledger;
    }

    static List<SpecificRecord> events() {
        List<SpecificRecord> events = new java.util.ArrayList<>();
        events.add(EARMARK);
        events.addAll(MOVEMENTS);
        events.add(BACK);
        events.add(ANIMAL);
        return events;
    }
}
