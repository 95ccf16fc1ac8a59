package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BENEFICIARY;
import static io.earmark.streams.rules.RuleFixtures.FUND_ID;
import static io.earmark.streams.rules.RuleFixtures.SELLER;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.T0;
import static io.earmark.streams.rules.RuleFixtures.aFund;
import static io.earmark.streams.rules.RuleFixtures.assetEvidence;
import static io.earmark.streams.rules.RuleFixtures.daysAfterT0;
import static io.earmark.streams.rules.RuleFixtures.fundEvidence;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.ledgerOf;
import static io.earmark.streams.rules.RuleFixtures.register;
import static io.earmark.streams.rules.RuleFixtures.unknownLedger;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Programme;
import io.earmark.schema.Registry;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class OversubsidyRuleTest {

    private final OversubsidyRule rule = new OversubsidyRule();

    /** An investment subsidy of 1,000,000 KZT at 50 % of the value of two leased tractors. */
    private final Fund subsidy = aFund().investmentSubsidy(5000).amount(kzt(1_000_000)).expectedAssets(2).build();

    private static Registration tractor(String eventId, long value, long at) {
        return new Registration(eventId, Registry.LEASE_REGISTRY, "TR-" + eventId, "TRACTOR", BENEFICIARY, SELLER,
                FUND_ID, value, at);
    }

    /** Adds the registrations to the ledger, as the ledger book does, and returns the event for the last one. */
    private static FundEvent.Registered registered(FundLedger ledger, Registration... registrations) {
        for (Registration r : registrations) {
            register(ledger, r);
        }
        return new FundEvent.Registered(registrations[registrations.length - 1]);
    }

    @Test
    void shouldRaiseHighAlertForTheExcessWhenTheLastExpectedAssetIsWorthTooLittle() {
        // Given the two tractors are worth 1,800,000 KZT together: 50 % of that is 900,000 KZT
        FundLedger ledger = ledgerOf(subsidy);
        Registration first = tractor("asset-1", kzt(1_000_000), daysAfterT0(10));
        Registration second = tractor("asset-2", kzt(800_000), daysAfterT0(12));

        // When the second, last expected tractor is registered
        Verdict verdict = rule.decide(registered(ledger, first, second), ledger, SHIPPED);

        // Then a HIGH alert puts at risk the 100,000 KZT paid beyond the rate, on the earmark and both registrations
        assertThat(verdict.deadlines()).isEmpty();
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.OVERSUBSIDY, Severity.HIGH,
                kzt(100_000), null, daysAfterT0(12), "asset-2",
                "Subsidy F-1 of 1,000,000.00 KZT exceeds 50.0 % of the registered value 1,800,000.00 KZT by"
                        + " 100,000.00 KZT.",
                List.of(fundEvidence("earmark-F-1", T0), assetEvidence("asset-1", daysAfterT0(10)),
                        assetEvidence("asset-2", daysAfterT0(12)))));
    }

    @Test
    void shouldRaiseNothingWhenTheSubsidyIsExactlyTheRateOfTheValue() {
        // Given the two tractors are worth 2,000,000 KZT: 50 % is exactly the 1,000,000 KZT subsidy
        FundLedger ledger = ledgerOf(subsidy);

        // When the last expected tractor is registered
        Verdict verdict = rule.decide(registered(ledger, tractor("asset-1", kzt(1_200_000), daysAfterT0(10)),
                tractor("asset-2", kzt(800_000), daysAfterT0(12))), ledger, SHIPPED);

        // Then the subsidy is within its rate
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldRaiseForOneTiynAboveTheRate() {
        // Given a subsidy one tiyn larger than 50 % of the tractors' 2,000,000 KZT
        Fund oneTiynTooMuch = aFund().investmentSubsidy(5000).amount(kzt(1_000_000) + 1).expectedAssets(2).build();
        FundLedger ledger = ledgerOf(oneTiynTooMuch);

        // When the last expected tractor is registered
        Verdict verdict = rule.decide(registered(ledger, tractor("asset-1", kzt(1_200_000), daysAfterT0(10)),
                tractor("asset-2", kzt(800_000), daysAfterT0(12))), ledger, SHIPPED);

        // Then the excess is that one tiyn
        assertThat(verdict.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo(AlertRule.OVERSUBSIDY);
            assertThat(alert.amountAtRisk()).isEqualTo(1);
            assertThat(alert.message()).endsWith("by 0.01 KZT.");
        });
    }

    @Test
    void shouldWaitUntilTheExpectedCountIsComplete() {
        // Given only the first of two tractors, worth far too little
        FundLedger ledger = ledgerOf(subsidy);

        // When it is registered
        Verdict verdict = rule.decide(registered(ledger, tractor("asset-1", kzt(100_000), daysAfterT0(10))), ledger,
                SHIPPED);

        // Then the subsidy is not judged yet
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldNotJudgeAgainOnRegistrationsBeyondTheExpectedCount() {
        // Given both expected tractors were registered already, worth too little
        FundLedger ledger = ledgerOf(subsidy);
        register(ledger, tractor("asset-1", kzt(500_000), daysAfterT0(10)));
        register(ledger, tractor("asset-2", kzt(500_000), daysAfterT0(11)));

        // When a third tractor is registered
        Verdict verdict = rule.decide(registered(ledger, tractor("asset-3", kzt(100_000), daysAfterT0(12))), ledger,
                SHIPPED);

        // Then the subsidy was judged once, on the second, and is not judged again
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldJudgeOnlyInvestmentSubsidiesWithARate() {
        // Given a leasing fund with a rate, and an investment subsidy without one, each with assets worth too little
        FundLedger leasing = ledgerOf(aFund().programme(Programme.MACHINERY_LEASING).subsidyRateBps(5000)
                .amount(kzt(1_000_000)).expectedAssets(1).build());
        FundLedger noRate = ledgerOf(aFund().investmentSubsidy(5000).subsidyRateBps(null).amount(kzt(1_000_000))
                .expectedAssets(1).build());

        // When their only expected asset is registered
        // Then neither is an oversubsidy
        assertThat(rule.decide(registered(leasing, tractor("asset-1", kzt(100_000), daysAfterT0(10))), leasing,
                SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(registered(noRate, tractor("asset-1", kzt(100_000), daysAfterT0(10))), noRate,
                SHIPPED)).isEqualTo(Verdict.none());
    }

    @Test
    void shouldNotJudgeAFundStillUnknown() {
        // Given a registration against a fund whose earmark has not arrived
        FundLedger unknown = unknownLedger(FUND_ID);
        Registration r = tractor("asset-1", kzt(100_000), daysAfterT0(10));

        // When it is registered
        Verdict verdict = rule.decide(registered(unknown, r), unknown, SHIPPED);

        // Then there is no subsidy to compare with
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldIgnoreRegistrationsThatDoNotCount() {
        // Given both expected tractors are registered, worth too little
        FundLedger ledger = ledgerOf(subsidy);
        register(ledger, tractor("asset-1", kzt(100_000), daysAfterT0(10)));
        register(ledger, tractor("asset-2", kzt(100_000), daysAfterT0(11)));
        // and a third tractor turns up that already counts for another fund
        Registration elsewhere = tractor("asset-3", kzt(100_000), daysAfterT0(12));
        Assignment duplicate = Assignment.matched(elsewhere, FUND_ID).duplicateOf("F-0", "asset-0", T0);

        // When the duplicate reaches the fund
        Verdict verdict = rule.decide(new FundEvent.Duplicated(duplicate), ledger, SHIPPED);

        // Then the subsidy is judged only on a registration that counts
        assertThat(verdict).isEqualTo(Verdict.none());
    }
}
