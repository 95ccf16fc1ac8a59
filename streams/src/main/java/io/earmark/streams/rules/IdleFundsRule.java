package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.at;
import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.time.Duration;
import java.util.List;

/**
 * IDLE_FUNDS: the financial organisation has held a positive balance of the fund for longer than maxIdleHours. An
 * episode starts when that balance goes from 0 to positive; MEDIUM fires at start + maxIdleHours and HIGH at start +
 * factor × maxIdleHours, each only if the same episode is still running and the balance is still positive.
 */
public final class IdleFundsRule implements FundRule {

    @Override
    public Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds) {
        if (event instanceof FundEvent.Moved moved && moved.idleEpisodeStarted()) {
            return scheduleChecks(ledger, moved.movement(), thresholds);
        }
        if (event instanceof FundEvent.DeadlineReached reached) {
            Deadline deadline = reached.deadline();
            if (deadline.kind() == Deadline.Kind.IDLE_MEDIUM) {
                return check(ledger, Long.parseLong(deadline.ref()), deadline.at(), Severity.MEDIUM);
            }
            if (deadline.kind() == Deadline.Kind.IDLE_HIGH) {
                return check(ledger, Long.parseLong(deadline.ref()), deadline.at(), Severity.HIGH);
            }
        }
        return Verdict.none();
    }

    /** The episode's two checks; each names the episode by its start, so a later episode's checks are others. */
    private static Verdict scheduleChecks(FundLedger ledger, Movement start, Thresholds thresholds) {
        long since = start.eventTime();
        String episode = Long.toString(since);
        long medium = since + Duration.ofHours(ledger.fund.maxIdleHours()).toMillis();
        long high = since + Duration.ofHours((long) ledger.fund.maxIdleHours() * thresholds.idleEscalationFactor())
                .toMillis();
        return Verdict.schedule(
                new Deadline(medium, ledger.fund.fundId(), Deadline.Kind.IDLE_MEDIUM, episode),
                new Deadline(high, ledger.fund.fundId(), Deadline.Kind.IDLE_HIGH, episode));
    }

    private static Verdict check(FundLedger ledger, long episodeStart, long deadline, Severity severity) {
        if (ledger.idleSince == null || ledger.idleSince != episodeStart) {
            return Verdict.none();
        }
        long balance = ledger.heldByFinancialOrg();
        if (balance <= 0) {
            return Verdict.none();
        }
        return Verdict.alert(new AlertDraft(AlertRule.IDLE_FUNDS, severity, balance, null, deadline, at(deadline),
                ledger.fund.financialOrgId() + " has held " + kzt(balance) + " of fund " + ledger.fund.fundId()
                        + " since " + at(episodeStart) + ", longer than " + ledger.fund.maxIdleHours() + " h"
                        + (severity == Severity.HIGH ? " many times over." : "."),
                List.of(Evidence.movement(ledger.idleStartEventId, episodeStart))));
    }
}
