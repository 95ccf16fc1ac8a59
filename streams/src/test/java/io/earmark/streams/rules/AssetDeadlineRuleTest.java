package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BANK;
import static io.earmark.streams.rules.RuleFixtures.FUND_ID;
import static io.earmark.streams.rules.RuleFixtures.SELLER;
import static io.earmark.streams.rules.RuleFixtures.SHIPPED;
import static io.earmark.streams.rules.RuleFixtures.aFund;
import static io.earmark.streams.rules.RuleFixtures.assetEvidence;
import static io.earmark.streams.rules.RuleFixtures.cattle;
import static io.earmark.streams.rules.RuleFixtures.days;
import static io.earmark.streams.rules.RuleFixtures.daysAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.ledgerOf;
import static io.earmark.streams.rules.RuleFixtures.movementEvidence;
import static io.earmark.streams.rules.RuleFixtures.register;
import static io.earmark.streams.rules.RuleFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetDeadlineRuleTest {

    private final AssetDeadlineRule rule = new AssetDeadlineRule();

    /** The bank pays the seller 4,000,000 KZT for two animals on 2024-10-03T09:00:00Z. */
    private final long paidAt = daysAfterT0(2);
    private final Movement payment = transfer("pay-1", BANK, SELLER, kzt(4_000_000), paidAt);
    /** 30 days later: 2024-11-02T09:00:00Z. */
    private final long deadline = paidAt + days(30);
    private final FundEvent.DeadlineReached deadlineReached =
            new FundEvent.DeadlineReached(new Deadline(deadline, FUND_ID, Deadline.Kind.ASSET_REGISTRATION, "pay-1"));

    /** A fund expecting two animals within 30 days, which paid the seller 4,000,000 KZT. */
    private FundLedger paidTheSeller() {
        FundLedger ledger = ledgerOf(aFund().expectedAssets(2).registrationDeadlineDays(30).build());
        ledger.paidToSellers = kzt(4_000_000);
        ledger.firstSellerPaymentAt = paidAt;
        ledger.firstSellerPaymentEventId = "pay-1";
        return ledger;
    }

    @Test
    void shouldScheduleTheRegistrationDeadlineOnTheFirstPaymentToASeller() {
        // Given a fund expecting two animals, registered within 30 days
        FundLedger ledger = paidTheSeller();

        // When its first payment to a seller has been applied
        Verdict verdict = rule.decide(new FundEvent.Moved(payment, false, true), ledger, SHIPPED);

        // Then the assets are checked 30 days after that payment, tied to it
        assertThat(verdict.alerts()).isEmpty();
        assertThat(verdict.deadlines()).containsExactly(
                new Deadline(paidAt + days(30), FUND_ID, Deadline.Kind.ASSET_REGISTRATION, "pay-1"));
    }

    @Test
    void shouldScheduleNothingForLaterSellerPaymentsOrOnArrival() {
        // Given a fund that already paid its seller
        FundLedger ledger = paidTheSeller();
        Movement second = transfer("pay-2", BANK, SELLER, kzt(500_000), daysAfterT0(5));

        // When another payment is applied, or a payment merely arrives
        // Then no further deadline is scheduled
        assertThat(rule.decide(new FundEvent.Moved(second, false, false), ledger, SHIPPED)).isEqualTo(Verdict.none());
        assertThat(rule.decide(new FundEvent.Arrived(payment), ledger, SHIPPED)).isEqualTo(Verdict.none());
    }

    @Test
    void shouldScheduleNothingForAFundThatExpectsNoAssets() {
        // Given a fund that buys no assets
        FundLedger ledger = ledgerOf(aFund().expectedAssets(0).build());

        // When its first seller payment is applied
        Verdict verdict = rule.decide(new FundEvent.Moved(payment, false, true), ledger, SHIPPED);

        // Then there is nothing to check later
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldRaiseAssetNotRegisteredWhenNoAssetCameByTheDeadline() {
        // Given the seller was paid and no animal was registered
        FundLedger ledger = paidTheSeller();

        // When the registration deadline comes
        Verdict verdict = rule.decide(deadlineReached, ledger, SHIPPED);

        // Then a HIGH alert puts everything paid to sellers at risk, resting on the first seller payment
        assertThat(verdict.deadlines()).isEmpty();
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.ASSET_NOT_REGISTERED, Severity.HIGH,
                kzt(4_000_000), null, deadline, "2024-11-02T09:00:00Z",
                "No asset was registered against fund F-1 by 2024-11-02T09:00:00Z, though 4,000,000.00 KZT was paid"
                        + " to sellers.",
                List.of(movementEvidence("pay-1", paidAt))));
    }

    @Test
    void shouldRaiseAssetShortfallWhenTooFewAssetsWereRegistered() {
        // Given only one of the two animals was registered, worth 2,500,000 KZT
        FundLedger ledger = paidTheSeller();
        Registration cow = cattle("asset-1", "KZ-COW-1", kzt(2_500_000), daysAfterT0(10));
        register(ledger, cow);

        // When the registration deadline comes
        Verdict verdict = rule.decide(deadlineReached, ledger, SHIPPED);

        // Then a MEDIUM shortfall puts at risk what was paid but not registered
        assertThat(verdict.alerts()).containsExactly(new AlertDraft(AlertRule.ASSET_SHORTFALL, Severity.MEDIUM,
                kzt(1_500_000), null, deadline, "2024-11-02T09:00:00Z",
                "By 2024-11-02T09:00:00Z fund F-1 had 1 of 2 expected assets, worth 2,500,000.00 KZT against"
                        + " 4,000,000.00 KZT paid to sellers.",
                List.of(movementEvidence("pay-1", paidAt), assetEvidence("asset-1", daysAfterT0(10)))));
    }

    @Test
    void shouldRaiseAssetShortfallWhenTheAssetsAreWorthLessThanTheRequiredShare() {
        // Given both animals were registered, worth 3,500,000 KZT: below 90 % of the 4,000,000 KZT paid
        FundLedger ledger = paidTheSeller();
        register(ledger, cattle("asset-1", "KZ-COW-1", kzt(1_700_000), daysAfterT0(10)));
        register(ledger, cattle("asset-2", "KZ-COW-2", kzt(1_800_000), daysAfterT0(11)));

        // When the registration deadline comes
        Verdict verdict = rule.decide(deadlineReached, ledger, SHIPPED);

        // Then a MEDIUM shortfall of the 500,000 KZT not covered by assets
        assertThat(verdict.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo(AlertRule.ASSET_SHORTFALL);
            assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(alert.amountAtRisk()).isEqualTo(kzt(500_000));
            assertThat(alert.message()).contains("had 2 of 2 expected assets, worth 3,500,000.00 KZT");
            assertThat(alert.evidence()).containsExactly(movementEvidence("pay-1", paidAt),
                    assetEvidence("asset-1", daysAfterT0(10)), assetEvidence("asset-2", daysAfterT0(11)));
        });
    }

    @Test
    void shouldCountAssetsWorthExactlyTheRequiredShareAsCovered() {
        // Given both animals were registered, worth exactly 90 % of what was paid (3,600,000 of 4,000,000 KZT)
        FundLedger ledger = paidTheSeller();
        register(ledger, cattle("asset-1", "KZ-COW-1", kzt(1_800_000), daysAfterT0(10)));
        register(ledger, cattle("asset-2", "KZ-COW-2", kzt(1_800_000), daysAfterT0(11)));

        // When the registration deadline comes
        Verdict verdict = rule.decide(deadlineReached, ledger, SHIPPED);

        // Then the fund is verified: no alert
        assertThat(AssetDeadlineRule.covered(ledger, SHIPPED)).isTrue();
        assertThat(verdict).isEqualTo(Verdict.none());
    }

    @Test
    void shouldRaiseAssetShortfallOneTiynBelowTheRequiredShare() {
        // Given both animals were registered, worth one tiyn less than 90 % of what was paid
        FundLedger ledger = paidTheSeller();
        register(ledger, cattle("asset-1", "KZ-COW-1", kzt(1_800_000), daysAfterT0(10)));
        register(ledger, cattle("asset-2", "KZ-COW-2", kzt(1_800_000) - 1, daysAfterT0(11)));

        // When the registration deadline comes
        Verdict verdict = rule.decide(deadlineReached, ledger, SHIPPED);

        // Then the fund is short: the missing amount is what was paid less what was registered
        assertThat(AssetDeadlineRule.covered(ledger, SHIPPED)).isFalse();
        assertThat(verdict.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo(AlertRule.ASSET_SHORTFALL);
            assertThat(alert.amountAtRisk()).isEqualTo(kzt(400_000) + 1);
        });
    }

    @Test
    void shouldRaiseNothingWhenEnoughAssetsWorthEnoughWereRegistered() {
        // Given both animals were registered, worth all that was paid
        FundLedger ledger = paidTheSeller();
        register(ledger, cattle("asset-1", "KZ-COW-1", kzt(2_000_000), daysAfterT0(10)));
        register(ledger, cattle("asset-2", "KZ-COW-2", kzt(2_000_000), daysAfterT0(11)));

        // When the registration deadline comes
        // Then the fund is verified
        assertThat(rule.decide(deadlineReached, ledger, SHIPPED)).isEqualTo(Verdict.none());
    }

    @Test
    void shouldRaiseAssetShortfallWithNothingMissingWhenTooFewAssetsAreWorthMoreThanWasPaid() {
        // Given one of two animals was registered, worth more than everything paid to sellers
        FundLedger ledger = paidTheSeller();
        register(ledger, cattle("asset-1", "KZ-COW-1", kzt(4_500_000), daysAfterT0(10)));

        // When the registration deadline comes
        Verdict verdict = rule.decide(deadlineReached, ledger, SHIPPED);

        // Then too few assets is still a shortfall, but no money is missing
        assertThat(verdict.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo(AlertRule.ASSET_SHORTFALL);
            assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(alert.amountAtRisk()).isZero();
            assertThat(alert.message()).contains("had 1 of 2 expected assets");
        });
    }

    @Test
    void shouldApplyTheProgrammesRequiredShare() {
        // Given a programme that requires assets worth everything paid, and assets worth 3,600,000 of 4,000,000 KZT
        Thresholds strict = new Thresholds(30, 3000, 10_000, 24, 3);
        FundLedger ledger = paidTheSeller();
        register(ledger, cattle("asset-1", "KZ-COW-1", kzt(1_800_000), daysAfterT0(10)));
        register(ledger, cattle("asset-2", "KZ-COW-2", kzt(1_800_000), daysAfterT0(11)));

        // When the registration deadline comes
        Verdict verdict = rule.decide(deadlineReached, ledger, strict);

        // Then 90 % is not enough
        assertThat(verdict.alerts()).extracting(AlertDraft::rule, AlertDraft::amountAtRisk)
                .containsExactly(tuple(AlertRule.ASSET_SHORTFALL, kzt(400_000)));
    }

    @Test
    void shouldIgnoreOtherDeadlines() {
        // Given a fund with no asset registered
        FundLedger ledger = paidTheSeller();

        // When an idle check comes
        Verdict verdict = rule.decide(new FundEvent.DeadlineReached(
                new Deadline(deadline, FUND_ID, Deadline.Kind.IDLE_MEDIUM, Long.toString(paidAt))), ledger, SHIPPED);

        // Then the assets are not judged
        assertThat(verdict).isEqualTo(Verdict.none());
    }
}
