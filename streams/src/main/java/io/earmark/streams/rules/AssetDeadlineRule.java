package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.at;
import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.state.FundLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ASSET_NOT_REGISTERED and ASSET_SHORTFALL, decided once, registrationDeadlineDays after the first payment to a
 * seller: no asset at all is the former; too few assets, or assets worth less than the required share of what was
 * paid to sellers, the latter. Enough of both is VERIFIED and raises neither.
 */
public final class AssetDeadlineRule {

    private AssetDeadlineRule() {
    }

    public static long deadline(FundLedger ledger, long firstPayment) {
        return firstPayment + Duration.ofDays(ledger.fund.registrationDeadlineDays()).toMillis();
    }

    /** Whether the registered assets cover the fund: enough of them, worth enough. */
    public static boolean covered(FundLedger ledger, Thresholds thresholds) {
        return ledger.assetsRegistered() >= ledger.fund.expectedAssetCount() && valueCovered(ledger, thresholds);
    }

    private static boolean valueCovered(FundLedger ledger, Thresholds thresholds) {
        return Money.compareProducts(ledger.registeredValue, 10_000L,
                ledger.paidToSellers, thresholds.assetValueShareBps()) >= 0;
    }

    public static Optional<AlertDraft> atDeadline(FundLedger ledger, Thresholds thresholds, long deadline) {
        long paid = ledger.paidToSellers;
        List<EvidenceRef> evidence = new ArrayList<>();
        evidence.add(Evidence.movement(ledger.firstSellerPaymentEventId, ledger.firstSellerPaymentAt));
        ledger.assets.forEach(a -> evidence.add(Evidence.of(a)));
        String fundId = ledger.fund.fundId();
        if (ledger.assetsRegistered() == 0) {
            return Optional.of(new AlertDraft(AlertRule.ASSET_NOT_REGISTERED, Severity.HIGH, paid, null, deadline,
                    at(deadline), "No asset was registered against fund " + fundId + " by " + at(deadline)
                            + ", though " + kzt(paid) + " was paid to sellers.", evidence));
        }
        if (covered(ledger, thresholds)) {
            return Optional.empty();
        }
        long missing = Math.max(0, Money.minus("paidToSellers - registeredValue", paid, ledger.registeredValue));
        return Optional.of(new AlertDraft(AlertRule.ASSET_SHORTFALL, Severity.MEDIUM, missing, null, deadline,
                at(deadline), "By " + at(deadline) + " fund " + fundId + " had " + ledger.assetsRegistered() + " of "
                        + ledger.fund.expectedAssetCount() + " expected assets, worth " + kzt(ledger.registeredValue)
                        + " against " + kzt(paid) + " paid to sellers.", evidence));
    }
}
