package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static io.earmark.producers.simulate.Times.MARGIN;

/**
 * Operator → financial organisation → (beneficiary | sellers). The financial organisation's episode starts with
 * the operator's transfer at t1; it releases everything by t1 + maxIdleHours − 3 h, unless the fund is an idle
 * one: then part of the money is released after t1 + maxIdleHours (MEDIUM alert on the balance held then) and,
 * for IDLE_TWICE, part only after t1 + 3 × maxIdleHours (HIGH alert on the balance held then). Every release keeps
 * at least three hours from either deadline.
 */
final class ReleasePhase {
    private static final long UNIT = 1_000 * FundPlanner.KZT;

    private ReleasePhase() {
    }

    private enum Kind { SELLER, BENEFICIARY, DIVERTED }

    private record Outflow(Party to, long amount, Kind kind) {
    }

    static void run(FundContext c, Instant earmarkedAt) {
        FundPlan p = c.plan;
        SplittableRandom r = c.random;
        Instant t1 = c.events.move(p.fundId(), p.operator(), p.financialOrg(), p.amount(), Channel.TRANSFER,
                FundEvents.KNP_FUNDING, Times.plusBetween(r, earmarkedAt, MARGIN, Duration.ofHours(36)));
        Instant d1 = t1.plus(Duration.ofHours(p.maxIdleHours()));
        Instant d2 = t1.plus(Duration.ofHours(3L * p.maxIdleHours()));
        c.deadline(d2);
        List<Outflow> outflows = outflows(c);
        int n = outflows.size();
        int k = n;
        int j = n;
        if (c.violation == Injection.IDLE_ONCE) {
            k = r.nextInt(n);
        } else if (c.violation == Injection.IDLE_TWICE) {
            k = r.nextInt(n);
            j = k + r.nextInt(n - k);
        }
        List<Instant> times = new ArrayList<>(Times.spread(r, t1.plus(MARGIN), d1.minus(MARGIN), k, MARGIN));
        times.addAll(Times.spread(r, d1.plus(MARGIN), d2.minus(MARGIN), j - k, MARGIN));
        Instant late = d2.plus(MARGIN);
        times.addAll(Times.spread(r, late, late.plus(Duration.ofDays(1 + r.nextInt(3))), n - j, MARGIN));
        long held = p.amount();
        for (int i = 0; i < n; i++) {
            if (i == k && k < n) {
                c.expect(AlertRule.IDLE_FUNDS, held, Severity.MEDIUM, d1);
            }
            if (i == j && j < n) {
                c.expect(AlertRule.IDLE_FUNDS, held, Severity.HIGH, d2);
            }
            Outflow o = outflows.get(i);
            String knp = o.kind() == Kind.SELLER ? FundEvents.KNP_GOODS : FundEvents.KNP_LOAN;
            Instant t = c.events.move(p.fundId(), p.financialOrg(), o.to(), o.amount(), Channel.TRANSFER, knp,
                    times.get(i));
            held -= o.amount();
            if (o.kind() == Kind.SELLER) {
                c.paidSeller(o.to(), o.amount(), t);
            } else if (o.kind() == Kind.DIVERTED) {
                c.expect(AlertRule.DIVERTED_FUNDS, o.amount(), Severity.HIGH, t);
            }
            c.lastRelease = t;
        }
    }

    private static List<Outflow> outflows(FundContext c) {
        FundPlan p = c.plan;
        SplittableRandom r = c.random;
        List<Outflow> out = new ArrayList<>();
        if (p.direct()) {
            p.sellerPayments().forEach((seller, amount) -> out.add(new Outflow(seller, amount, Kind.SELLER)));
            if (p.surplus() > 0) {
                out.add(new Outflow(p.beneficiary(), p.surplus(), Kind.BENEFICIARY));
            }
            return out;
        }
        boolean idle = c.violation == Injection.IDLE_ONCE || c.violation == Injection.IDLE_TWICE;
        int tranches = idle ? 2 + r.nextInt(2) : r.nextInt(3) == 0 ? 2 : 1;
        long toBeneficiary = p.amount();
        Outflow diversion = null;
        if (c.violation == Injection.DIVERTED && r.nextBoolean()) {
            long diverted = divertible(p, r);
            diversion = new Outflow(c.outsider(), diverted, Kind.DIVERTED);
            toBeneficiary -= diverted;
            c.divertedByFinancialOrg = true;
        }
        split(r, toBeneficiary, tranches).forEach(a -> out.add(new Outflow(p.beneficiary(), a, Kind.BENEFICIARY)));
        if (diversion != null) {
            out.add(r.nextInt(out.size() + 1), diversion);
        }
        return out;
    }

    /** Half to all of the surplus, in whole thousands of tenge. */
    static long divertible(FundPlan p, SplittableRandom r) {
        long units = p.surplus() / UNIT;
        return Math.max(1, units / 2 + r.nextLong(units - units / 2 + 1)) * UNIT;
    }

    private static List<Long> split(SplittableRandom r, long total, int parts) {
        long units = total / UNIT;
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(1 + r.nextLong(units - 1));
        }
        List<Long> out = new ArrayList<>();
        long previous = 0;
        for (long cut : cuts) {
            out.add((cut - previous) * UNIT);
            previous = cut;
        }
        out.add(total - previous * UNIT);
        return out;
    }
}
