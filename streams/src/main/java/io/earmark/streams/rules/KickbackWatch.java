package io.earmark.streams.rules;

import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.state.PairLedger.Receipt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Watches one seller–beneficiary pair for KICKBACK_SUSPECTED: what the seller received of each fund, and what it sent
 * the beneficiary back, coloured or not, within the window after its first receipt. Signals once per (fund, seller),
 * on the transfer that brings the sum sent back to the threshold share; {@link KickbackRule} raises the alert.
 */
public final class KickbackWatch {

    private final RuleBook rules;

    public KickbackWatch(RuleBook rules) {
        this.rules = rules;
    }

    public void onPayment(PairLedger pair, SellerPayment payment) {
        Receipt receipt = pair.funds.computeIfAbsent(payment.fundId(), id -> {
            Receipt r = new Receipt();
            r.programme = payment.programme();
            r.firstReceiptAt = payment.receivedAt();
            return r;
        });
        receipt.received = Money.plus("received", receipt.received, payment.amount());
        receipt.evidence.add(Evidence.movement(payment.eventId(), payment.receivedAt()));
    }

    /** A transfer from the seller to the beneficiary: counts towards every fund whose window it falls in. */
    public List<KickbackSignal> onTransferBack(PairLedger pair, Movement back) {
        List<KickbackSignal> signals = new ArrayList<>();
        for (Map.Entry<String, Receipt> entry : pair.funds.entrySet()) {
            Receipt receipt = entry.getValue();
            Thresholds thresholds = rules.forProgramme(receipt.programme);
            long windowEnd = receipt.firstReceiptAt + Duration.ofDays(thresholds.kickbackWindowDays()).toMillis();
            if (receipt.flagged || back.eventTime() < receipt.firstReceiptAt || back.eventTime() > windowEnd) {
                continue;
            }
            receipt.sentBack = Money.plus("sentBack", receipt.sentBack, back.amount());
            receipt.evidence.add(Evidence.of(back));
            if (Money.compareProducts(receipt.sentBack, 10_000L, receipt.received, thresholds.kickbackShareBps()) >= 0) {
                receipt.flagged = true;
                signals.add(new KickbackSignal(entry.getKey(), back.fromId(), receipt.sentBack, receipt.received,
                        back.eventId(), back.eventTime(), List.copyOf(receipt.evidence)));
            }
        }
        return signals;
    }
}
