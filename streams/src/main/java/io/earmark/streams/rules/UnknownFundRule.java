package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import java.time.Duration;
import java.util.List;

/**
 * UNKNOWN_FUND: a movement names a fund that no earmark announced within the hold time. Held, not dropped: the alert
 * fires at the movement's eventTime + hold, and the movement is set aside.
 */
public final class UnknownFundRule {

    private UnknownFundRule() {
    }

    public static long deadline(Movement movement, Thresholds thresholds) {
        return movement.eventTime() + Duration.ofHours(thresholds.unknownFundHoldHours()).toMillis();
    }

    public static AlertDraft alert(Movement movement, long deadline, Thresholds thresholds) {
        return new AlertDraft(AlertRule.UNKNOWN_FUND, Severity.LOW, movement.amount(), null, deadline,
                movement.eventId(), "Movement " + movement.eventId() + " of " + kzt(movement.amount()) + " from "
                        + movement.fromId() + " to " + movement.toId() + " names fund " + movement.fundId()
                        + ", which was not announced within " + thresholds.unknownFundHoldHours() + " h.",
                List.of(Evidence.of(movement)));
    }
}
