package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.FUND_ID;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.aFund;
import static io.earmark.streams.rules.RuleFixtures.assetEvidence;
import static io.earmark.streams.rules.RuleFixtures.cattle;
import static io.earmark.streams.rules.RuleFixtures.daysAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.ledgerOf;
import static io.earmark.streams.rules.RuleFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateAssetRuleTest {

    private final DuplicateAssetRule rule = new DuplicateAssetRule();
    private final FundLedger ledger = ledgerOf(aFund().build());

    @Test
    void shouldRaiseCriticalAlertWhenAnAssetOfAnotherFundIsRegisteredAgain() {
        // Given cow KZ-COW-17 first counted for fund F-0, registered on day 3
        long firstAt = daysAfterT0(3);
        // and the same cow, worth 450,000 KZT, is now registered for fund F-1 on day 12
        long againAt = daysAfterT0(12);
        Registration again = cattle("asset-again", "KZ-COW-17", kzt(450_000), againAt);
        Assignment duplicate = Assignment.matched(again, FUND_ID).duplicateOf("F-0", "asset-first", firstAt);

        // When the duplicate reaches fund F-1
        Verdict verdict = rule.decide(new FundEvent.Duplicated(duplicate), ledger, SHIPPED);

        // Then a CRITICAL alert on F-1 puts the cow's value at risk, resting on both registrations, the first one first
        assertThat(verdict.deadlines()).isEmpty();
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.DUPLICATE_ASSET, Severity.CRITICAL,
                kzt(450_000), null, againAt, "asset-again",
                "Asset KZ-COW-17 (CATTLE, 450,000.00 KZT) was registered for fund F-1 but already counts for fund"
                        + " F-0.",
                List.of(assetEvidence("asset-first", firstAt), assetEvidence("asset-again", againAt))));
    }

    @Test
    void shouldIgnoreARegistrationThatCountsForTheFund() {
        // Given a cow registered for this fund and no other
        Registration cow = cattle("asset-1", "KZ-COW-1", kzt(450_000), daysAfterT0(10));
        register(ledger, cow);

        // When the rule reads the registration
        Verdict verdict = rule.decide(new FundEvent.Registered(cow), ledger, SHIPPED);

        // Then there is no duplicate
        assertThat(verdict).isEqualTo(Verdict.none());
    }
}
