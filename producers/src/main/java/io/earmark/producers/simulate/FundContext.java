package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The working state of one fund while its phases draw events: what was paid to whom and when, the alerts the
 * injected violation must raise, and the latest deadline or event the fund has (the scenario ends after all).
 */
final class FundContext {
    final FundPlan plan;
    final Injection violation;
    final SplittableRandom random;
    final FundEvents events;
    final IdFactory ids;
    final List<ExpectedAlert> expected = new ArrayList<>();
    final Map<Party, Long> paidTo = new LinkedHashMap<>();
    final Map<Party, Instant> firstReceipt = new LinkedHashMap<>();
    final List<RegisteredAsset> registered = new ArrayList<>();
    Instant firstSellerPayment;
    Instant lastSellerPayment;
    Instant lastRelease;
    boolean divertedByFinancialOrg;
    /** For a DUPLICATE fund: the other fund's asset it registers again. */
    RegisteredAsset duplicateOf;
    private Instant horizon = Instant.EPOCH;

    FundContext(FundPlan plan, Injection violation, SplittableRandom random, FundEvents events, IdFactory ids) {
        this.plan = plan;
        this.violation = violation;
        this.random = random;
        this.events = events;
        this.ids = ids;
    }

    void expect(AlertRule rule, long amountAtRisk, Severity severity, Instant detectedAt) {
        expected.add(new ExpectedAlert(rule, plan.fundId(), amountAtRisk, severity, detectedAt));
        deadline(detectedAt);
    }

    /** Notes a deadline (fired or not) or an event time: the scenario's quiet stretch starts after all of them. */
    void deadline(Instant at) {
        if (at.isAfter(horizon)) {
            horizon = at;
        }
    }

    void paidSeller(Party seller, long amount, Instant at) {
        paidTo.merge(seller, amount, Long::sum);
        firstReceipt.putIfAbsent(seller, at);
        if (firstSellerPayment == null) {
            firstSellerPayment = at;
        }
        lastSellerPayment = at;
    }

    /** A party no fund knows: a relative, a shell company. */
    Party outsider() {
        return new Party(random.nextBoolean() ? ids.iin() : ids.bin(), Catalogue.pick(random, Catalogue.BANKS));
    }

    Instant horizon() {
        events.events().forEach(e -> deadline(e.eventTime()));
        return horizon;
    }

    /** An asset registered against the fund, which a later fund may register again (DUPLICATE_ASSET). */
    record RegisteredAsset(String assetId, String assetType, Instant at) {
    }
}
