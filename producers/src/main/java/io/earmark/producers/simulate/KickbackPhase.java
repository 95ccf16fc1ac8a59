package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.earmark.producers.simulate.Times.MARGIN;

/**
 * Money a seller sends back to the beneficiary by uncoloured transfers, after the fund's last seller payment and
 * within 30 days of the seller's first receipt. A KICKBACK fund's seller returns 32–45 % of what it received, in
 * one to three transfers; the alert fires on the transfer that brings the sum to 30 % or more, with that sum. Some
 * clean funds get a small refund (2–15 %), which must raise nothing.
 */
final class KickbackPhase {
    private static final long UNIT = 1_000 * FundPlanner.KZT;
    private static final Duration WINDOW = Duration.ofDays(30);

    private KickbackPhase() {
    }

    static void run(FundContext c) {
        SplittableRandom r = c.random;
        boolean kickback = c.violation == Injection.KICKBACK;
        if (!kickback && (c.violation != Injection.NONE || r.nextInt(100) >= 15)) {
            return;
        }
        List<Party> sellers = new ArrayList<>(c.paidTo.keySet());
        Party seller = sellers.get(r.nextInt(sellers.size()));
        long received = c.paidTo.get(seller);
        long total = kickback
                ? roundUp(received * (32 + r.nextInt(14)) / 100)
                : Math.max(UNIT, received * (2 + r.nextInt(14)) / 100 / UNIT * UNIT);
        int parts = kickback ? 1 + r.nextInt(3) : 1;
        Instant from = c.lastSellerPayment.plus(MARGIN);
        Instant to = c.firstReceipt.get(seller).plus(WINDOW).minus(MARGIN);
        List<Instant> times = Times.spread(r, from, to, parts, MARGIN);
        List<Long> amounts = split(r, total, parts);
        long sum = 0;
        boolean fired = false;
        for (int i = 0; i < parts; i++) {
            Instant t = c.events.move(null, seller, c.plan.beneficiary(), amounts.get(i), Channel.TRANSFER,
                    FundEvents.KNP_REFUND, times.get(i));
            sum += amounts.get(i);
            if (kickback && !fired && sum * 10 >= received * 3) {
                c.expect(AlertRule.KICKBACK_SUSPECTED, sum, Severity.CRITICAL, t);
                fired = true;
            }
        }
    }

    private static long roundUp(long value) {
        return (value + UNIT - 1) / UNIT * UNIT;
    }

    private static List<Long> split(SplittableRandom r, long total, int parts) {
        List<Long> out = new ArrayList<>();
        long left = total;
        for (int i = parts; i > 1; i--) {
            long share = Math.max(UNIT, left / i * (70 + r.nextInt(61)) / 100 / UNIT * UNIT);
            out.add(share);
            left -= share;
        }
        out.add(left);
        return out;
    }
}
