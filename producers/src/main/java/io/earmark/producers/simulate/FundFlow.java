package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The whole life of one fund, phase after phase: earmark, release by the financial organisation, spending by the
 * beneficiary, registration of the assets, money coming back from a seller. An UNKNOWN_FUND "fund" is only a
 * movement naming it, never announced: its alert fires 24 h after the movement.
 */
final class FundFlow {
    static final Duration UNKNOWN_FUND_HOLD = Duration.ofHours(24);

    private FundFlow() {
    }

    static FundContext run(FundPlan plan, Injection violation, SplittableRandom random, IdFactory ids,
                           long[] sequence, Instant earmarkAt, boolean lateRegistrations,
                           FundContext.RegisteredAsset duplicateOf) {
        FundEvents events = new FundEvents(plan, ids, sequence);
        FundContext c = new FundContext(plan, violation, random, events, ids);
        c.duplicateOf = duplicateOf;
        if (violation == Injection.UNKNOWN_FUND) {
            Instant t = events.move(plan.fundId(), plan.financialOrg(), c.outsider(), plan.amount(),
                    Channel.TRANSFER, FundEvents.KNP_LOAN, earmarkAt);
            c.expect(AlertRule.UNKNOWN_FUND, plan.amount(), Severity.LOW, t.plus(UNKNOWN_FUND_HOLD));
            return c;
        }
        Instant t0 = events.earmark(earmarkAt);
        ReleasePhase.run(c, t0);
        SpendPhase.run(c);
        RegistrationPhase.run(c, lateRegistrations);
        KickbackPhase.run(c);
        return c;
    }

    /** A fund announced at the very end of the scenario: its earmark is the scenario's latest event. */
    static FundContext closing(FundPlan plan, SplittableRandom random, IdFactory ids, long[] sequence, Instant at) {
        FundEvents events = new FundEvents(plan, ids, sequence);
        FundContext c = new FundContext(plan, Injection.NONE, random, events, ids);
        events.earmark(at);
        return c;
    }
}
