package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import java.util.List;
import java.util.Optional;

/** CASH_WITHDRAWAL: coloured money leaves as cash. Takes precedence over DIVERTED_FUNDS for the same movement. */
public final class CashWithdrawalRule {

    private CashWithdrawalRule() {
    }

    public static Optional<AlertDraft> check(Fund fund, Movement movement) {
        if (movement.channel() != Channel.CASH_WITHDRAWAL) {
            return Optional.empty();
        }
        return Optional.of(new AlertDraft(AlertRule.CASH_WITHDRAWAL, Severity.HIGH, movement.amount(),
                movement.toId(), movement.eventTime(), movement.eventId(),
                kzt(movement.amount()) + " of fund " + fund.fundId() + " was withdrawn in cash by " + movement.toId()
                        + ".",
                List.of(Evidence.of(movement))));
    }
}
