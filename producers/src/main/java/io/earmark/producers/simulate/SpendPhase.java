package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static io.earmark.producers.simulate.Times.MARGIN;

/**
 * The beneficiary spends the loan (funds that are not paid directly by their financial organisation): one
 * payment to each seller within one to five days after the last release, plus — for a violating fund — a
 * diversion to an outsider or a cash withdrawal, both paid from the surplus so the purchase stays whole.
 */
final class SpendPhase {
    private SpendPhase() {
    }

    private record Spend(Party to, long amount, Channel channel, boolean toSeller) {
    }

    static void run(FundContext c) {
        FundPlan p = c.plan;
        if (p.direct()) {
            return;
        }
        SplittableRandom r = c.random;
        List<Spend> spends = new ArrayList<>();
        for (Map.Entry<Party, Long> e : p.sellerPayments().entrySet()) {
            spends.add(new Spend(e.getKey(), e.getValue(), Channel.TRANSFER, true));
        }
        if (c.violation == Injection.DIVERTED && !c.divertedByFinancialOrg) {
            spends.add(r.nextInt(spends.size() + 1),
                    new Spend(c.outsider(), ReleasePhase.divertible(p, r), Channel.TRANSFER, false));
        }
        if (c.violation == Injection.CASH) {
            spends.add(r.nextInt(spends.size() + 1),
                    new Spend(p.beneficiary(), ReleasePhase.divertible(p, r), Channel.CASH_WITHDRAWAL, false));
        }
        Instant from = c.lastRelease.plus(MARGIN);
        Instant to = from.plus(Duration.ofHours(24 + r.nextInt(96)));
        List<Instant> times = Times.spread(r, from, to, spends.size(), MARGIN);
        for (int i = 0; i < spends.size(); i++) {
            Spend s = spends.get(i);
            String knp = s.channel() == Channel.CASH_WITHDRAWAL ? FundEvents.KNP_CASH : FundEvents.KNP_GOODS;
            Instant t = c.events.move(p.fundId(), p.beneficiary(), s.to(), s.amount(), s.channel(), knp,
                    times.get(i));
            if (s.toSeller()) {
                c.paidSeller(s.to(), s.amount(), t);
            } else if (s.channel() == Channel.CASH_WITHDRAWAL) {
                c.expect(AlertRule.CASH_WITHDRAWAL, s.amount(), Severity.HIGH, t);
            } else {
                c.expect(AlertRule.DIVERTED_FUNDS, s.amount(), Severity.HIGH, t);
            }
        }
    }
}
