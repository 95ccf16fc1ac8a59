package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BANK;
import static io.earmark.streams.rules.RuleFixtures.BENEFICIARY;
import static io.earmark.streams.rules.RuleFixtures.FUND_ID;
import static io.earmark.streams.rules.RuleFixtures.SELLER;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.aFund;
import static io.earmark.streams.rules.RuleFixtures.daysAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.ledgerOf;
import static io.earmark.streams.rules.RuleFixtures.movementEvidence;
import static io.earmark.streams.rules.RuleFixtures.transfer;
import static io.earmark.streams.rules.RuleFixtures.uncoloured;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class KickbackRuleTest {

    private final KickbackRule rule = new KickbackRule();
    private final FundLedger ledger = ledgerOf(aFund().build());

    @Test
    void shouldRaiseCriticalAlertWithTheSignalsFigures() {
        // Given the pair ledger found the seller sent 600,000 KZT of the 2,000,000 KZT it received back to the farmer
        List<EvidenceRef> evidence = List.of(movementEvidence("pay-1", daysAfterT0(1)),
                movementEvidence("back-1", daysAfterT0(4)), movementEvidence("back-2", daysAfterT0(9)));
        KickbackSignal signal = new KickbackSignal(FUND_ID, SELLER, kzt(600_000), kzt(2_000_000), "back-2",
                daysAfterT0(9), evidence);

        // When the signal reaches the fund
        Verdict verdict = rule.decide(new FundEvent.KickbackSignalled(signal), ledger, SHIPPED);

        // Then a CRITICAL alert against the seller puts what came back at risk, on the signal's evidence
        assertThat(verdict.deadlines()).isEmpty();
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.KICKBACK_SUSPECTED, Severity.CRITICAL,
                kzt(600_000), SELLER, daysAfterT0(9), "back-2",
                "Seller " + SELLER + " sent 600,000.00 KZT back to the beneficiary of fund F-1 after receiving"
                        + " 2,000,000.00 KZT from it.",
                evidence));
    }

    @Test
    void shouldRaiseNothingWithoutASignal() {
        // Given the fund paid the seller and the seller paid the farmer
        // When those movements reach the fund
        // Then only the pair ledger's signal makes a kickback
        assertThat(rule.decide(new FundEvent.Arrived(transfer("pay-1", BANK, SELLER, kzt(2_000_000),
                daysAfterT0(1))), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.Moved(uncoloured("back-1", SELLER, BENEFICIARY, kzt(2_000_000),
                daysAfterT0(2)), false, false), ledger, SHIPPED)).isEqualTo(Verdict.none());
    }
}
