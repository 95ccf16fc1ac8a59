package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BANK;
import static io.earmark.streams.rules.RuleFixtures.OPERATOR;
import static io.earmark.streams.rules.RuleFixtures.OUTSIDER;
import static io.earmark.streams.rules.RuleFixtures.SELLER;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.aFund;
import static io.earmark.streams.rules.RuleFixtures.hoursAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.ledgerOf;
import static io.earmark.streams.rules.RuleFixtures.movement;
import static io.earmark.streams.rules.RuleFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundRulesTest {

    @Test
    void shouldListEveryRuleOnceInTheDocumentedOrder() {
        // Given the rule list
        List<FundRule> rules = FundRules.all();

        // Then it holds each of the eight fund rules once, idle before asset registration
        assertThat(rules).extracting(Object::getClass).containsExactly(
                CashWithdrawalRule.class,
                DivertedFundsRule.class,
                IdleFundsRule.class,
                AssetDeadlineRule.class,
                OversubsidyRule.class,
                DuplicateAssetRule.class,
                UnknownFundRule.class,
                KickbackRule.class);
    }

    @Test
    void shouldTakeAMovementsIdleDeadlinesBeforeItsRegistrationDeadline() {
        // Given the bank's first payment to the seller also leaves it holding the rest (an idle episode starts)
        FundLedger ledger = ledgerOf(aFund().build());
        Movement payment = transfer("pay-1", BANK, SELLER, kzt(1_000_000), hoursAfterT0(2));
        FundEvent moved = new FundEvent.Moved(payment, true, true);

        // When every rule reads it, in order
        List<Deadline.Kind> kinds = FundRules.all().stream()
                .flatMap(rule -> rule.decide(moved, ledger, SHIPPED).deadlines().stream())
                .map(Deadline::kind)
                .toList();

        // Then the idle checks come first, then the registration deadline
        assertThat(kinds).containsExactly(Deadline.Kind.IDLE_MEDIUM, Deadline.Kind.IDLE_HIGH,
                Deadline.Kind.ASSET_REGISTRATION);
    }

    @Test
    void shouldRaiseOnlyCashWithdrawalWhenAnOutsiderTakesCash() {
        // Given an outsider withdraws the fund's money in cash
        FundLedger ledger = ledgerOf(aFund().build());
        Movement cash = movement("cash-1", BANK, OUTSIDER, kzt(500_000), hoursAfterT0(3), Channel.CASH_WITHDRAWAL);

        // When every rule reads its arrival
        List<AlertRule> raised = FundRules.all().stream()
                .flatMap(rule -> rule.decide(new FundEvent.Arrived(cash), ledger, SHIPPED).alerts().stream())
                .map(AlertDraft::rule)
                .toList();

        // Then it is a cash withdrawal, not a diversion as well
        assertThat(raised).containsExactly(AlertRule.CASH_WITHDRAWAL);
    }

    @Test
    void shouldLetEveryRuleStaySilentOnAnOrdinaryRelease() {
        // Given the operator releases the fund to the bank, starting no idle episode and paying no seller
        FundLedger ledger = ledgerOf(aFund().build());
        Movement release = transfer("release-1", OPERATOR, BANK, kzt(5_000_000), hoursAfterT0(1));

        // When every rule reads its arrival and its application
        // Then nobody raises or schedules anything
        for (FundRule rule : FundRules.all()) {
            assertThat(rule.decide(new FundEvent.Arrived(release), ledger, SHIPPED))
                    .as(rule.getClass().getSimpleName()).isEqualTo(Verdict.none());
            assertThat(rule.decide(new FundEvent.Moved(release, false, false), ledger, SHIPPED))
                    .as(rule.getClass().getSimpleName()).isEqualTo(Verdict.none());
        }
    }
}
