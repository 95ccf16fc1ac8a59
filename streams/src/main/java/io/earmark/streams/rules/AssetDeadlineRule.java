package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.at;
import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.Deadline;
import io.earmark.streams.state.FundLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * ASSET_NOT_REGISTERED and ASSET_SHORTFALL, decided once, registrationDeadlineDays after the first payment to a
 * seller of a fund that expects assets: no asset at all is the former; too few assets, or assets worth less than the
 * required share of what was paid to sellers, the latter. Enough of both is VERIFIED and raises neither.
 */
public final class AssetDeadlineRule implements FundRule {

    @Override
    public Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds) {
        if (event instanceof FundEvent.Moved moved && moved.firstSellerPayment()
                && ledger.fund.expectedAssetCount() > 0) {
            Movement payment = moved.movement();
            long deadline = payment.eventTime() + Duration.ofDays(ledger.fund.registrationDeadlineDays()).toMillis();
            return Verdict.schedule(new Deadline(deadline, ledger.fund.fundId(), Deadline.Kind.ASSET_REGISTRATION,
                    payment.eventId()));
        }
        if (event instanceof FundEvent.DeadlineReached reached
                && reached.deadline().kind() == Deadline.Kind.ASSET_REGISTRATION) {
            return check(ledger, thresholds, reached.deadline().at());
        }
        return Verdict.none();
    }

    /** Whether the registered assets cover the fund: enough of them, worth enough. */
    public static boolean covered(FundLedger ledger, Thresholds thresholds) {
        return ledger.assetsRegistered() >= ledger.fund.expectedAssetCount() && valueCovered(ledger, thresholds);
    }

    private static boolean valueCovered(FundLedger ledger, Thresholds thresholds) {
        return Money.compareProducts(ledger.registeredValue, 10_000L,
                ledger.paidToSellers, thresholds.assetValueShareBps()) >= 0;
    }

    private static Verdict check(FundLedger ledger, Thresholds thresholds, long deadline) {
        long paid = ledger.paidToSellers;
        List<EvidenceRef> evidence = new ArrayList<>();
        evidence.add(Evidence.movement(ledger.firstSellerPaymentEventId, ledger.firstSellerPaymentAt));
        ledger.assets.forEach(a -> evidence.add(Evidence.of(a)));
        String fundId = ledger.fund.fundId();
        if (ledger.assetsRegistered() == 0) {
            return Verdict.alert(new AlertDraft(AlertRule.ASSET_NOT_REGISTERED, Severity.HIGH, paid, null, deadline,
                    at(deadline), "No asset was registered against fund " + fundId + " by " + at(deadline)
                            + ", though " + kzt(paid) + " was paid to sellers.", evidence));
        }
        if (covered(ledger, thresholds)) {
            return Verdict.none();
        }
        long missing = Math.max(0, Money.minus("paidToSellers - registeredValue", paid, ledger.registeredValue));
        return Verdict.alert(new AlertDraft(AlertRule.ASSET_SHORTFALL, Severity.MEDIUM, missing, null, deadline,
                at(deadline), "By " + at(deadline) + " fund " + fundId + " had " + ledger.assetsRegistered() + " of "
                        + ledger.fund.expectedAssetCount() + " expected assets, worth " + kzt(ledger.registeredValue)
                        + " against " + kzt(paid) + " paid to sellers.", evidence));
    }
}
