package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.at;
import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.state.FundLedger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * IDLE_FUNDS: the financial organisation has held a positive balance of the fund for longer than maxIdleHours. An
 * episode starts when that balance goes from 0 to positive; MEDIUM fires at start + maxIdleHours and HIGH at start +
 * factor × maxIdleHours, each only if the same episode is still running and the balance is still positive.
 */
public final class IdleFundsRule {

    private IdleFundsRule() {
    }

    public static long mediumDeadline(FundLedger ledger, long episodeStart) {
        return episodeStart + Duration.ofHours(ledger.fund.maxIdleHours()).toMillis();
    }

    public static long highDeadline(FundLedger ledger, long episodeStart, Thresholds thresholds) {
        return episodeStart + Duration.ofHours((long) ledger.fund.maxIdleHours() * thresholds.idleEscalationFactor())
                .toMillis();
    }

    public static Optional<AlertDraft> atDeadline(FundLedger ledger, long episodeStart, long deadline,
                                                  Severity severity) {
        if (ledger.idleSince == null || ledger.idleSince != episodeStart) {
            return Optional.empty();
        }
        long balance = ledger.heldByFinancialOrg();
        if (balance <= 0) {
            return Optional.empty();
        }
        return Optional.of(new AlertDraft(AlertRule.IDLE_FUNDS, severity, balance, null, deadline, at(deadline),
                ledger.fund.financialOrgId() + " has held " + kzt(balance) + " of fund " + ledger.fund.fundId()
                        + " since " + at(episodeStart) + ", longer than " + ledger.fund.maxIdleHours() + " h"
                        + (severity == Severity.HIGH ? " many times over." : "."),
                List.of(Evidence.movement(ledger.idleStartEventId, episodeStart))));
    }
}
