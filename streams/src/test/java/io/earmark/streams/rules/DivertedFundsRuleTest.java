package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BANK;
import static io.earmark.streams.rules.RuleFixtures.BENEFICIARY;
import static io.earmark.streams.rules.RuleFixtures.OPERATOR;
import static io.earmark.streams.rules.RuleFixtures.OUTSIDER;
import static io.earmark.streams.rules.RuleFixtures.SELLER;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.aFund;
import static io.earmark.streams.rules.RuleFixtures.hoursAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.ledgerOf;
import static io.earmark.streams.rules.RuleFixtures.movement;
import static io.earmark.streams.rules.RuleFixtures.movementEvidence;
import static io.earmark.streams.rules.RuleFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivertedFundsRuleTest {

    private final DivertedFundsRule rule = new DivertedFundsRule();
    private final FundLedger ledger = ledgerOf(aFund().approvedSellers(SELLER).build());

    @Test
    void shouldRaiseHighAlertWhenMoneyGoesToAPartyOutsideTheApprovedSellers() {
        // Given the bank pays 2,000,000 KZT of a fund with an approved seller to someone else
        long at = hoursAfterT0(6);
        Movement payment = transfer("pay-out", BANK, OUTSIDER, kzt(2_000_000), at);

        // When the payment arrives
        Verdict verdict = rule.decide(new FundEvent.Arrived(payment), ledger, SHIPPED);

        // Then one HIGH alert names the amount, the outsider and the payment
        assertThat(verdict.deadlines()).isEmpty();
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.DIVERTED_FUNDS, Severity.HIGH,
                kzt(2_000_000), OUTSIDER, at, "pay-out",
                "2,000,000.00 KZT of fund F-1 went to " + OUTSIDER + ", who is not an approved seller.",
                List.of(movementEvidence("pay-out", at))));
    }

    @Test
    void shouldRaiseForACardPaymentToAnOutsider() {
        // Given the fund's money pays an outsider by card
        Movement card = movement("card-1", BENEFICIARY, OUTSIDER, kzt(10_000), hoursAfterT0(7), Channel.CARD_PAYMENT);

        // When it arrives
        Verdict verdict = rule.decide(new FundEvent.Arrived(card), ledger, SHIPPED);

        // Then it is a diversion too
        assertThat(verdict.alerts()).extracting(AlertDraft::rule).containsExactly(AlertRule.DIVERTED_FUNDS);
    }

    @Test
    void shouldNotAlertForPaymentsToTheSellerTheFarmerTheBankOrTheOperator() {
        // Given the fund's money goes to each of the parties allowed to receive it
        List<Movement> allowed = List.of(
                transfer("to-seller", BANK, SELLER, kzt(1_000), hoursAfterT0(1)),
                transfer("to-farmer", BANK, BENEFICIARY, kzt(1_000), hoursAfterT0(2)),
                transfer("to-bank", OPERATOR, BANK, kzt(1_000), hoursAfterT0(3)),
                transfer("to-operator", BANK, OPERATOR, kzt(1_000), hoursAfterT0(4)));

        // When each arrives
        // Then none is a diversion
        for (Movement movement : allowed) {
            assertThat(rule.decide(new FundEvent.Arrived(movement), ledger, SHIPPED))
                    .as(movement.eventId()).isEqualTo(Verdict.none());
        }
    }

    @Test
    void shouldNotAlertWhenTheFundHasNoApprovedSellers() {
        // Given a fund without approved sellers: anyone else counts as a seller
        FundLedger open = ledgerOf(aFund().approvedSellers().build());
        Movement payment = transfer("pay-any", BANK, OUTSIDER, kzt(2_000_000), hoursAfterT0(6));

        // When the bank pays a party nobody approved
        Verdict verdict = rule.decide(new FundEvent.Arrived(payment), open, SHIPPED);

        // Then nothing was diverted
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldLeaveCashWithdrawalsToTheCashWithdrawalRule() {
        // Given an outsider withdraws the fund's money as cash
        Movement cash = movement("cash-1", BANK, OUTSIDER, kzt(500_000), hoursAfterT0(2), Channel.CASH_WITHDRAWAL);

        // When the withdrawal arrives
        Verdict verdict = rule.decide(new FundEvent.Arrived(cash), ledger, SHIPPED);

        // Then it is not counted as a diversion as well
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldJudgeAPaymentOnlyOnItsArrival() {
        // Given a payment to an outsider
        Movement payment = transfer("pay-out", BANK, OUTSIDER, kzt(2_000_000), hoursAfterT0(6));

        // When it is seen after it changed the ledger, or held for an unknown fund
        // Then no alert comes of it
        assertThat(rule.decide(new FundEvent.Moved(payment, false, false), ledger, SHIPPED))
                .isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.Held(payment), ledger, SHIPPED)).isEqualTo(Verdict.none());
    }
}
