package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.FundLedger;
import java.util.List;

/**
 * CASH_WITHDRAWAL: coloured money leaves as cash. Takes precedence over DIVERTED_FUNDS for the same movement (which
 * does not look at cash withdrawals).
 */
public final class CashWithdrawalRule implements FundRule {

    @Override
    public Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds) {
        if (!(event instanceof FundEvent.Arrived arrived)
                || arrived.movement().channel() != Channel.CASH_WITHDRAWAL) {
            return Verdict.none();
        }
        Movement movement = arrived.movement();
        return Verdict.alert(new AlertDraft(AlertRule.CASH_WITHDRAWAL, Severity.HIGH, movement.amount(),
                movement.toId(), movement.eventTime(), movement.eventId(),
                kzt(movement.amount()) + " of fund " + ledger.fund.fundId() + " was withdrawn in cash by "
                        + movement.toId() + ".",
                List.of(Evidence.of(movement))));
    }
}
