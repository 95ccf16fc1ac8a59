package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BANK;
import static io.earmark.streams.rules.RuleFixtures.BENEFICIARY;
import static io.earmark.streams.rules.RuleFixtures.FUND_ID;
import static io.earmark.streams.rules.RuleFixtures.OPERATOR;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.aFund;
import static io.earmark.streams.rules.RuleFixtures.hours;
import static io.earmark.streams.rules.RuleFixtures.hoursAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.ledgerOf;
import static io.earmark.streams.rules.RuleFixtures.movementEvidence;
import static io.earmark.streams.rules.RuleFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdleFundsRuleTest {

    private final IdleFundsRule rule = new IdleFundsRule();

    /** The operator releases the fund to the bank one hour after the earmark: 2024-10-01T10:00:00Z. */
    private final long start = hoursAfterT0(1);
    private final String episode = Long.toString(start);
    private final Movement release = transfer("release-1", OPERATOR, BANK, kzt(5_000_000), start);

    /** A fund allowed to sit idle at the bank for 48 h, whose bank has held 3,000,000 KZT since {@link #start}. */
    private FundLedger idleSinceStart() {
        FundLedger ledger = ledgerOf(aFund().maxIdleHours(48).build());
        ledger.balances.put(BANK, kzt(3_000_000));
        ledger.idleSince = start;
        ledger.idleStartEventId = "release-1";
        return ledger;
    }

    private static FundEvent.DeadlineReached reached(long at, Deadline.Kind kind, String ref) {
        return new FundEvent.DeadlineReached(new Deadline(at, FUND_ID, kind, ref));
    }

    @Test
    void shouldScheduleMediumAndHighChecksWhenAnIdleEpisodeStarts() {
        // Given the release gave the bank a balance of the fund (an idle episode starts)
        FundLedger ledger = idleSinceStart();

        // When the rule reads the applied movement
        Verdict verdict = rule.decide(new FundEvent.Moved(release, true, false), ledger, SHIPPED);

        // Then it looks again after maxIdleHours (MEDIUM) and after 3 x maxIdleHours (HIGH), naming the episode by its start
        assertThat(verdict.alerts()).isEmpty();
        assertThat(verdict.deadlines()).containsExactly(
                new Deadline(start + hours(48), FUND_ID, Deadline.Kind.IDLE_MEDIUM, episode),
                new Deadline(start + hours(144), FUND_ID, Deadline.Kind.IDLE_HIGH, episode));
    }

    @Test
    void shouldEscalateAfterTheProgrammesFactorOfTheIdleTime() {
        // Given a programme that escalates only after 5 x maxIdleHours
        Thresholds patient = new Thresholds(30, 3000, 9000, 24, 5);
        FundLedger ledger = idleSinceStart();

        // When an idle episode starts
        Verdict verdict = rule.decide(new FundEvent.Moved(release, true, false), ledger, patient);

        // Then the HIGH check comes after 240 h
        assertThat(verdict.deadlines()).extracting(Deadline::kind, Deadline::at).containsExactly(
                tuple(Deadline.Kind.IDLE_MEDIUM, start + hours(48)),
                tuple(Deadline.Kind.IDLE_HIGH, start + hours(240)));
    }

    @Test
    void shouldScheduleNothingForAMovementThatStartsNoEpisode() {
        // Given a movement that did not take the bank's balance from zero to positive
        FundLedger ledger = idleSinceStart();

        // When the rule reads it, on its arrival or once applied
        // Then there is nothing to check later
        assertThat(rule.decide(new FundEvent.Moved(release, false, false), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.Moved(release, false, true), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.Arrived(release), ledger, SHIPPED)).isEqualTo(Verdict.none());
    }

    @Test
    void shouldRaiseMediumAlertWhenTheSameEpisodeStillHoldsABalanceAtTheFirstCheck() {
        // Given the bank still holds 3,000,000 KZT from the episode that started at the release
        FundLedger ledger = idleSinceStart();
        long at = start + hours(48);

        // When the MEDIUM check of that episode comes
        Verdict verdict = rule.decide(reached(at, Deadline.Kind.IDLE_MEDIUM, episode), ledger, SHIPPED);

        // Then a MEDIUM alert puts the bank's whole balance at risk, resting on the movement that started the episode
        assertThat(verdict.deadlines()).isEmpty();
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.IDLE_FUNDS, Severity.MEDIUM,
                kzt(3_000_000), null, at, "2024-10-03T10:00:00Z",
                BANK + " has held 3,000,000.00 KZT of fund F-1 since 2024-10-01T10:00:00Z, longer than 48 h.",
                List.of(movementEvidence("release-1", start))));
    }

    @Test
    void shouldRaiseHighAlertWhenTheSameEpisodeStillHoldsABalanceAtTheSecondCheck() {
        // Given the bank still holds 3,000,000 KZT from the same episode
        FundLedger ledger = idleSinceStart();
        long at = start + hours(144);

        // When the HIGH check of that episode comes
        Verdict verdict = rule.decide(reached(at, Deadline.Kind.IDLE_HIGH, episode), ledger, SHIPPED);

        // Then a HIGH alert says the idle time was exceeded many times over
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.IDLE_FUNDS, Severity.HIGH,
                kzt(3_000_000), null, at, "2024-10-07T10:00:00Z",
                BANK + " has held 3,000,000.00 KZT of fund F-1 since 2024-10-01T10:00:00Z, longer than 48 h"
                        + " many times over.",
                List.of(movementEvidence("release-1", start))));
    }

    @Test
    void shouldStaySilentWhenANewerEpisodeHasStarted() {
        // Given the bank emptied its balance and received money again later: a newer episode runs
        FundLedger ledger = idleSinceStart();
        ledger.idleSince = start + hours(30);
        ledger.idleStartEventId = "release-2";

        // When the checks of the first episode come
        // Then they are stale and raise nothing
        assertThat(rule.decide(reached(start + hours(48), Deadline.Kind.IDLE_MEDIUM, episode), ledger, SHIPPED))
                .isEqualTo(Verdict.none());
        assertThat(rule.decide(reached(start + hours(144), Deadline.Kind.IDLE_HIGH, episode), ledger, SHIPPED))
                .isEqualTo(Verdict.none());
    }

    @Test
    void shouldStaySilentWhenNoEpisodeRunsAnyMore() {
        // Given the bank passed the money on and no episode runs
        FundLedger ledger = idleSinceStart();
        ledger.balances.put(BANK, 0L);
        ledger.idleSince = null;
        ledger.idleStartEventId = null;

        // When the MEDIUM check comes
        Verdict verdict = rule.decide(reached(start + hours(48), Deadline.Kind.IDLE_MEDIUM, episode), ledger, SHIPPED);

        // Then nothing is idle
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldStaySilentWhenTheBanksBalanceIsZeroEvenIfTheFarmerHoldsMoney() {
        // Given the episode is still recorded but the bank's balance is zero; the farmer holds the money
        FundLedger ledger = idleSinceStart();
        ledger.balances.put(BANK, 0L);
        ledger.balances.put(BENEFICIARY, kzt(3_000_000));

        // When the checks come
        // Then the bank holds nothing idle
        assertThat(rule.decide(reached(start + hours(48), Deadline.Kind.IDLE_MEDIUM, episode), ledger, SHIPPED))
                .isEqualTo(Verdict.none());
        assertThat(rule.decide(reached(start + hours(144), Deadline.Kind.IDLE_HIGH, episode), ledger, SHIPPED))
                .isEqualTo(Verdict.none());
    }

    @Test
    void shouldIgnoreOtherRulesDeadlines() {
        // Given an idle balance
        FundLedger ledger = idleSinceStart();

        // When the registration deadline or a hold deadline comes
        // Then this rule has nothing to say
        assertThat(rule.decide(reached(start + hours(48), Deadline.Kind.ASSET_REGISTRATION, "pay-1"), ledger,
                SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(reached(start + hours(48), Deadline.Kind.UNKNOWN_FUND, "mv-1"), ledger, SHIPPED))
                .isEqualTo(Verdict.none());
    }
}
