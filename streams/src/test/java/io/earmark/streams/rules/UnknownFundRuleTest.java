package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BANK;
import static io.earmark.streams.rules.RuleFixtures.BIC;
import static io.earmark.streams.rules.RuleFixtures.OPERATOR;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.hours;
import static io.earmark.streams.rules.RuleFixtures.hoursAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.movementEvidence;
import static io.earmark.streams.rules.RuleFixtures.unknownLedger;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownFundRuleTest {

    private final UnknownFundRule rule = new UnknownFundRule();

    /** Fund F-9 has not been earmarked. */
    private final FundLedger ledger = unknownLedger("F-9");
    /** The operator releases 750,000 KZT naming F-9, at 2024-10-01T11:00:00Z. */
    private final long at = hoursAfterT0(2);
    private final Movement release =
            new Movement("mv-1", "F-9", BIC, OPERATOR, BANK, kzt(750_000), Channel.TRANSFER, null, at);

    @Test
    void shouldHoldAMovementOfAnUnannouncedFundForTheHoldTime() {
        // Given a movement naming a fund no earmark announced

        // When the ledger holds it
        Verdict verdict = rule.decide(new FundEvent.Held(release), ledger, SHIPPED);

        // Then the hold ends 24 h after the movement, tied to it
        assertThat(verdict.alerts()).isEmpty();
        assertThat(verdict.deadlines()).containsExactly(
                new Deadline(at + hours(24), "F-9", Deadline.Kind.UNKNOWN_FUND, "mv-1"));
    }

    @Test
    void shouldHoldForTheHoursTheThresholdsSay() {
        // Given thresholds that hold an unknown fund's movement for 6 h
        Thresholds shortHold = new Thresholds(30, 3000, 9000, 6, 3);

        // When the ledger holds the movement
        Verdict verdict = rule.decide(new FundEvent.Held(release), ledger, shortHold);

        // Then the hold ends 6 h after it
        assertThat(verdict.deadlines()).extracting(Deadline::at).containsExactly(at + hours(6));
    }

    @Test
    void shouldRaiseLowAlertWhenTheHoldRunsOut() {
        // Given the fund was still unknown when the hold ran out, 24 h later
        long expired = at + hours(24);

        // When the ledger sets the movement aside
        Verdict verdict = rule.decide(new FundEvent.HoldExpired(release, expired), ledger, SHIPPED);

        // Then a LOW alert at the end of the hold puts the movement's amount at risk
        assertThat(verdict.deadlines()).isEmpty();
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.UNKNOWN_FUND, Severity.LOW,
                kzt(750_000), null, expired, "mv-1",
                "Movement mv-1 of 750,000.00 KZT from " + OPERATOR + " to " + BANK
                        + " names fund F-9, which was not announced within 24 h.",
                List.of(movementEvidence("mv-1", at))));
    }

    @Test
    void shouldIgnoreMovementsOfAKnownFundAndOtherDeadlines() {
        // Given a movement that is not held
        // When it arrives or is applied, or a deadline of another kind comes
        // Then this rule has nothing to say
        assertThat(rule.decide(new FundEvent.Arrived(release), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.Moved(release, true, true), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.DeadlineReached(
                new Deadline(at + hours(24), "F-9", Deadline.Kind.UNKNOWN_FUND, "mv-1")), ledger, SHIPPED))
                .isEqualTo(Verdict.none());
    }
}
