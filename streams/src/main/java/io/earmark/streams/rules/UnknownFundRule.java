package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.time.Duration;
import java.util.List;

/**
 * UNKNOWN_FUND: a movement names a fund that no earmark announced within the hold time. Held, not dropped: the hold
 * ends at the movement's eventTime + hold; if the fund is still unknown then, the alert fires and the ledger sets the
 * movement aside.
 */
public final class UnknownFundRule implements FundRule {

    @Override
    public Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds) {
        if (event instanceof FundEvent.Held held) {
            Movement movement = held.movement();
            long end = movement.eventTime() + Duration.ofHours(thresholds.unknownFundHoldHours()).toMillis();
            return Verdict.schedule(new Deadline(end, movement.fundId(), Deadline.Kind.UNKNOWN_FUND,
                    movement.eventId()));
        }
        if (event instanceof FundEvent.HoldExpired expired) {
            Movement movement = expired.movement();
            return Verdict.alert(new AlertDraft(AlertRule.UNKNOWN_FUND, Severity.LOW, movement.amount(), null,
                    expired.at(), movement.eventId(), "Movement " + movement.eventId() + " of "
                            + kzt(movement.amount()) + " from " + movement.fromId() + " to " + movement.toId()
                            + " names fund " + movement.fundId() + ", which was not announced within "
                            + thresholds.unknownFundHoldHours() + " h.",
                    List.of(Evidence.of(movement))));
        }
        return Verdict.none();
    }
}
