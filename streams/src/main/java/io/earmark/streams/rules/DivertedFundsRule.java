package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import java.util.List;
import java.util.Optional;

/**
 * DIVERTED_FUNDS: coloured money moves to a party that is neither the financial organisation, the beneficiary, an
 * approved seller nor the operator. Only a fund with approved sellers can be diverted: without them any other party
 * counts as a seller.
 */
public final class DivertedFundsRule {

    private DivertedFundsRule() {
    }

    public static Optional<AlertDraft> check(Fund fund, Movement movement) {
        if (!fund.hasApprovedSellers() || Payee.of(fund, movement.toId()) != Payee.OUTSIDER) {
            return Optional.empty();
        }
        return Optional.of(new AlertDraft(AlertRule.DIVERTED_FUNDS, Severity.HIGH, movement.amount(),
                movement.toId(), movement.eventTime(), movement.eventId(),
                kzt(movement.amount()) + " of fund " + fund.fundId() + " went to " + movement.toId()
                        + ", who is not an approved seller.",
                List.of(Evidence.of(movement))));
    }
}
