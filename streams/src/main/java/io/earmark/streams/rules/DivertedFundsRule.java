package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.FundLedger;
import java.util.List;

/**
 * DIVERTED_FUNDS: coloured money moves to a party that is neither the financial organisation, the beneficiary, an
 * approved seller nor the operator. Only a fund with approved sellers can be diverted: without them any other party
 * counts as a seller. A cash withdrawal is CASH_WITHDRAWAL's, not this rule's.
 */
public final class DivertedFundsRule implements FundRule {

    @Override
    public Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds) {
        if (!(event instanceof FundEvent.Arrived arrived)) {
            return Verdict.none();
        }
        Fund fund = ledger.fund;
        Movement movement = arrived.movement();
        if (movement.channel() == Channel.CASH_WITHDRAWAL || !fund.hasApprovedSellers()
                || Payee.of(fund, movement.toId()) != Payee.OUTSIDER) {
            return Verdict.none();
        }
        return Verdict.alert(new AlertDraft(AlertRule.DIVERTED_FUNDS, Severity.HIGH, movement.amount(),
                movement.toId(), movement.eventTime(), movement.eventId(),
                kzt(movement.amount()) + " of fund " + fund.fundId() + " went to " + movement.toId()
                        + ", who is not an approved seller.",
                List.of(Evidence.of(movement))));
    }
}
