package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.FundLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * OVERSUBSIDY: an investment subsidy larger than its rate allows on the actual value of the leased items. Evaluated
 * once, on the registration that brings the registered count to expectedAssetCount (the count only grows, one per
 * registration, so exactly one registration does): fires when {@code amount × 10000 > subsidyRateBps ×
 * registeredValue}; at risk is the excess. A fund still unknown at that registration is not evaluated.
 */
public final class OversubsidyRule implements FundRule {

    @Override
    public Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds) {
        if (!(event instanceof FundEvent.Registered registered) || !completesTheSubsidisedAssets(ledger)) {
            return Verdict.none();
        }
        Fund fund = ledger.fund;
        long amount = fund.amount();
        int rate = fund.subsidyRateBps();
        if (Money.compareProducts(amount, 10_000L, rate, ledger.registeredValue) <= 0) {
            return Verdict.none();
        }
        long excess = amount - Money.share(ledger.registeredValue, rate);
        List<EvidenceRef> evidence = new ArrayList<>();
        evidence.add(Evidence.of(fund));
        ledger.assets.forEach(a -> evidence.add(Evidence.of(a)));
        Registration trigger = registered.registration();
        return Verdict.alert(new AlertDraft(AlertRule.OVERSUBSIDY, Severity.HIGH, excess, null, trigger.eventTime(),
                trigger.eventId(), "Subsidy " + fund.fundId() + " of " + kzt(amount) + " exceeds "
                        + rate / 100.0 + " % of the registered value " + kzt(ledger.registeredValue) + " by "
                        + kzt(excess) + ".", evidence));
    }

    private static boolean completesTheSubsidisedAssets(FundLedger ledger) {
        return ledger.known() && ledger.fund.programme() == Programme.INVESTMENT_SUBSIDY
                && ledger.fund.subsidyRateBps() != null
                && ledger.assetsRegistered() == ledger.fund.expectedAssetCount();
    }
}
