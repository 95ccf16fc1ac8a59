package io.earmark.streams.rules;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.state.FundLedger;

/**
 * KICKBACK_SUSPECTED: within the window after a seller first received a fund's money, the seller sends the fund's
 * beneficiary, coloured or not, at least the threshold share of what it received. The seller–beneficiary pair's
 * ledger finds it ({@link KickbackWatch}); this rule raises the alert on the fund.
 */
public final class KickbackRule implements FundRule {

    @Override
    public Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds) {
        if (!(event instanceof FundEvent.KickbackSignalled signalled)) {
            return Verdict.none();
        }
        KickbackSignal signal = signalled.signal();
        return Verdict.alert(new AlertDraft(AlertRule.KICKBACK_SUSPECTED, Severity.CRITICAL, signal.sentBack(),
                signal.sellerId(), signal.eventTime(), signal.triggerEventId(),
                "Seller " + signal.sellerId() + " sent " + Money.kzt(signal.sentBack())
                        + " back to the beneficiary of fund " + signal.fundId() + " after receiving "
                        + Money.kzt(signal.received()) + " from it.",
                signal.evidence()));
    }
}
