package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.FundLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OVERSUBSIDY: an investment subsidy larger than its rate allows on the actual value of the leased items. Evaluated
 * once, on the registration that brings the registered count to expectedAssetCount: fires when
 * {@code amount × 10000 > subsidyRateBps × registeredValue}; at risk is the excess.
 */
public final class OversubsidyRule {

    private OversubsidyRule() {
    }

    public static boolean applies(FundLedger ledger) {
        return ledger.fund.programme() == Programme.INVESTMENT_SUBSIDY && ledger.fund.subsidyRateBps() != null
                && !ledger.subsidyChecked && ledger.assetsRegistered() == ledger.fund.expectedAssetCount();
    }

    public static Optional<AlertDraft> check(FundLedger ledger, Registration trigger) {
        long amount = ledger.fund.amount();
        int rate = ledger.fund.subsidyRateBps();
        if (Money.compareProducts(amount, 10_000L, rate, ledger.registeredValue) <= 0) {
            return Optional.empty();
        }
        long excess = amount - Money.share(ledger.registeredValue, rate);
        List<EvidenceRef> evidence = new ArrayList<>();
        evidence.add(Evidence.of(ledger.fund));
        ledger.assets.forEach(a -> evidence.add(Evidence.of(a)));
        return Optional.of(new AlertDraft(AlertRule.OVERSUBSIDY, Severity.HIGH, excess, null, trigger.eventTime(),
                trigger.eventId(), "Subsidy " + ledger.fund.fundId() + " of " + kzt(amount) + " exceeds "
                        + rate / 100.0 + " % of the registered value " + kzt(ledger.registeredValue) + " by "
                        + kzt(excess) + ".", evidence));
    }
}
