package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BANK;
import static io.earmark.streams.rules.RuleFixtures.BENEFICIARY;
import static io.earmark.streams.rules.RuleFixtures.OUTSIDER;
import static io.earmark.streams.rules.RuleFixtures.SELLER;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.aFund;
import static io.earmark.streams.rules.RuleFixtures.hoursAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.ledgerOf;
import static io.earmark.streams.rules.RuleFixtures.movement;
import static io.earmark.streams.rules.RuleFixtures.movementEvidence;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashWithdrawalRuleTest {

    private final CashWithdrawalRule rule = new CashWithdrawalRule();
    private final FundLedger ledger = ledgerOf(aFund().build());

    @Test
    void shouldRaiseHighAlertWhenFundMoneyIsWithdrawnInCash() {
        // Given the farmer takes 1,200,000 KZT of the fund out of the bank as cash
        long at = hoursAfterT0(3);
        Movement cash = movement("cash-1", BANK, BENEFICIARY, kzt(1_200_000), at, Channel.CASH_WITHDRAWAL);

        // When the withdrawal arrives
        Verdict verdict = rule.decide(new FundEvent.Arrived(cash), ledger, SHIPPED);

        // Then one HIGH alert names the whole amount, the one who took the cash and the withdrawal itself
        assertThat(verdict.deadlines()).isEmpty();
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.CASH_WITHDRAWAL, Severity.HIGH,
                kzt(1_200_000), BENEFICIARY, at, "cash-1",
                "1,200,000.00 KZT of fund F-1 was withdrawn in cash by " + BENEFICIARY + ".",
                List.of(movementEvidence("cash-1", at))));
    }

    @Test
    void shouldRaiseEvenWhenTheCashGoesToAnApprovedSeller() {
        // Given the approved seller is paid in cash
        Movement cash = movement("cash-2", BANK, SELLER, kzt(300_000), hoursAfterT0(5), Channel.CASH_WITHDRAWAL);

        // When the withdrawal arrives
        Verdict verdict = rule.decide(new FundEvent.Arrived(cash), ledger, SHIPPED);

        // Then it is still a cash withdrawal, with the seller as counterparty
        assertThat(verdict.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo(AlertRule.CASH_WITHDRAWAL);
            assertThat(alert.counterpartyId()).isEqualTo(SELLER);
            assertThat(alert.amountAtRisk()).isEqualTo(kzt(300_000));
        });
    }

    @Test
    void shouldIgnoreTransfersAndCardPayments() {
        // Given the fund's money moves by transfer and by card, even to an outsider
        Movement transfer = movement("t-1", BANK, OUTSIDER, kzt(100_000), hoursAfterT0(1), Channel.TRANSFER);
        Movement card = movement("c-1", BANK, OUTSIDER, kzt(100_000), hoursAfterT0(2), Channel.CARD_PAYMENT);

        // When they arrive
        // Then this rule has nothing to say (diversion is another rule's business)
        assertThat(rule.decide(new FundEvent.Arrived(transfer), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.Arrived(card), ledger, SHIPPED)).isEqualTo(Verdict.none());
    }

    @Test
    void shouldJudgeACashWithdrawalOnlyOnItsArrival() {
        // Given a cash withdrawal
        Movement cash = movement("cash-3", BANK, BENEFICIARY, kzt(50_000), hoursAfterT0(4), Channel.CASH_WITHDRAWAL);

        // When the same withdrawal is seen again after it changed the ledger, held or set aside
        // Then no second alert comes of it
        assertThat(rule.decide(new FundEvent.Moved(cash, true, true), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.Held(cash), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.HoldExpired(cash, hoursAfterT0(28)), ledger, SHIPPED))
                .isEqualTo(Verdict.none());
    }
}
