package io.earmark.streams.rules;

import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.Deadline;

/**
 * What happened to one fund, as its rules see it: the ledger book says which of these an input event or a deadline
 * is, and in which state of the ledger the rules read it (before or after the change, as each kind says).
 */
public sealed interface FundEvent {

    /** A movement of a known fund, read before it changes the ledger. */
    record Arrived(Movement movement) implements FundEvent {
    }

    /**
     * A movement of a known fund, read after it changed the ledger: whether it gave the financial organisation a
     * balance again (an idle episode starts), and whether it was the fund's first payment to a seller.
     */
    record Moved(Movement movement, boolean idleEpisodeStarted, boolean firstSellerPayment) implements FundEvent {
    }

    /** A movement that names a fund no earmark has announced yet: the ledger holds it. */
    record Held(Movement movement) implements FundEvent {
    }

    /** A registration that now counts towards the fund's assets, read after it was added. */
    record Registered(Registration registration) implements FundEvent {
    }

    /** A registration of an asset that already counts for another fund: it does not count for this one. */
    record Duplicated(Assignment assignment) implements FundEvent {
    }

    /** A seller sent enough back to the fund's beneficiary, as the seller–beneficiary pair's ledger found. */
    record KickbackSignalled(KickbackSignal signal) implements FundEvent {
    }

    /** A deadline that a rule scheduled has come (the watermark passed it). */
    record DeadlineReached(Deadline deadline) implements FundEvent {
    }

    /** A held movement's fund was not announced by {@code at}: the ledger has set the movement aside. */
    record HoldExpired(Movement movement, long at) implements FundEvent {
    }
}
