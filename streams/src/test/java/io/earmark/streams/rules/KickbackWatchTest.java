package io.earmark.streams.rules;

import static io.earmark.streams.rules.RuleFixtures.BANK;
import static io.earmark.streams.rules.RuleFixtures.BENEFICIARY;
import static io.earmark.streams.rules.RuleFixtures.SELLER;
import static io.earmark.streams.rules.RuleFixtures.days;
import static io.earmark.streams.rules.RuleFixtures.daysAfterT0;
import static io.earmark.streams.rules.RuleFixtures.kzt;
import static io.earmark.streams.rules.RuleFixtures.movementEvidence;
import static io.earmark.streams.rules.RuleFixtures.uncoloured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.earmark.schema.Channel;
import io.earmark.schema.Programme;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.state.PairLedger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KickbackWatchTest {

    private final KickbackWatch watch = new KickbackWatch(RuleBook.shipped());
    /** What passed between the seller and the farmer. */
    private final PairLedger pair = new PairLedger();

    /** Fund F-1 pays the seller 2,000,000 KZT on day 1: 30 % of that is 600,000 KZT, the window ends on day 31. */
    private final long firstReceipt = daysAfterT0(1);

    private static SellerPayment payment(String eventId, String fundId, Programme programme, long amount, long at) {
        return new SellerPayment(eventId, fundId, programme, BENEFICIARY, BANK, SELLER, amount, at, at);
    }

    private void sellerIsPaid() {
        watch.onPayment(pair, payment("pay-1", "F-1", Programme.AUYL_AMANATY, kzt(2_000_000), firstReceipt));
    }

    private static Movement back(String eventId, long amount, long at) {
        return uncoloured(eventId, SELLER, BENEFICIARY, amount, at);
    }

    @Test
    void shouldRecordWhatTheSellerReceivedFromTheFund() {
        // Given the fund pays the seller twice
        sellerIsPaid();
        watch.onPayment(pair, payment("pay-2", "F-1", Programme.AUYL_AMANATY, kzt(500_000), daysAfterT0(20)));

        // Then the pair ledger holds both payments, counted from the first
        PairLedger.Receipt receipt = pair.funds.get("F-1");
        assertThat(receipt.programme).isEqualTo(Programme.AUYL_AMANATY);
        assertThat(receipt.firstReceiptAt).isEqualTo(firstReceipt);
        assertThat(receipt.received).isEqualTo(kzt(2_500_000));
        assertThat(receipt.sentBack).isZero();
        assertThat(receipt.flagged).isFalse();
        assertThat(receipt.evidence).containsExactly(movementEvidence("pay-1", firstReceipt),
                movementEvidence("pay-2", daysAfterT0(20)));
    }

    @Test
    void shouldSignalOnceTheTransfersBackReachTheThresholdShare() {
        // Given the seller received 2,000,000 KZT of the fund
        sellerIsPaid();

        // When it sends the farmer 400,000 KZT (20 %), then 200,000 KZT more (30 % in all)
        List<KickbackSignal> afterFirst = watch.onTransferBack(pair, back("back-1", kzt(400_000), daysAfterT0(4)));
        List<KickbackSignal> afterSecond = watch.onTransferBack(pair, back("back-2", kzt(200_000), daysAfterT0(9)));

        // Then the first is not yet a kickback, the second is: with the sums and every movement involved
        assertThat(afterFirst).isEmpty();
        assertThat(afterSecond).containsExactly(new KickbackSignal("F-1", SELLER, kzt(600_000), kzt(2_000_000),
                "back-2", daysAfterT0(9), List.of(movementEvidence("pay-1", firstReceipt),
                        movementEvidence("back-1", daysAfterT0(4)), movementEvidence("back-2", daysAfterT0(9)))));
        assertThat(pair.funds.get("F-1").flagged).isTrue();
    }

    @Test
    void shouldNotSignalOneTiynBelowTheThresholdShare() {
        // Given the seller received 2,000,000 KZT of the fund
        sellerIsPaid();

        // When it sends back one tiyn less than 30 %
        List<KickbackSignal> signals = watch.onTransferBack(pair, back("back-1", kzt(600_000) - 1, daysAfterT0(4)));

        // Then it is not a kickback, though the sum is kept
        assertThat(signals).isEmpty();
        assertThat(pair.funds.get("F-1").sentBack).isEqualTo(kzt(600_000) - 1);
    }

    @Test
    void shouldSignalNeverTwiceForTheSameFundAndSeller() {
        // Given the seller's transfers back were already signalled
        sellerIsPaid();
        assertThat(watch.onTransferBack(pair, back("back-1", kzt(600_000), daysAfterT0(4)))).hasSize(1);

        // When it sends the farmer more
        List<KickbackSignal> signals = watch.onTransferBack(pair, back("back-2", kzt(900_000), daysAfterT0(5)));

        // Then there is no second signal, and the flagged receipt no longer counts
        assertThat(signals).isEmpty();
        assertThat(pair.funds.get("F-1").sentBack).isEqualTo(kzt(600_000));
    }

    @Test
    void shouldCountTransfersUpToTheLastMomentOfTheWindow() {
        // Given the seller received 2,000,000 KZT of the fund on day 1
        sellerIsPaid();

        // When it sends back 30 % exactly 30 days after that first receipt
        List<KickbackSignal> signals = watch.onTransferBack(pair, back("back-1", kzt(600_000),
                firstReceipt + days(30)));

        // Then it still counts
        assertThat(signals).extracting(KickbackSignal::triggerEventId).containsExactly("back-1");
    }

    @Test
    void shouldNotCountTransfersAfterTheWindow() {
        // Given the seller received 2,000,000 KZT of the fund on day 1
        sellerIsPaid();

        // When it sends back 30 % one millisecond after the window closed
        List<KickbackSignal> signals = watch.onTransferBack(pair, back("back-1", kzt(600_000),
                firstReceipt + days(30) + 1));

        // Then it is not counted at all
        assertThat(signals).isEmpty();
        assertThat(pair.funds.get("F-1").sentBack).isZero();
        assertThat(pair.funds.get("F-1").evidence).containsExactly(movementEvidence("pay-1", firstReceipt));
    }

    @Test
    void shouldOpenTheWindowAtTheFirstReceiptNotAtLaterOnes() {
        // Given the seller was paid on day 1 and again on day 20
        sellerIsPaid();
        watch.onPayment(pair, payment("pay-2", "F-1", Programme.AUYL_AMANATY, kzt(500_000), daysAfterT0(20)));

        // When it sends back on day 32, within 30 days of the second payment but not of the first
        List<KickbackSignal> signals = watch.onTransferBack(pair, back("back-1", kzt(2_500_000), daysAfterT0(32)));

        // Then it is outside the window
        assertThat(signals).isEmpty();
        assertThat(pair.funds.get("F-1").sentBack).isZero();
    }

    @Test
    void shouldNotCountTransfersBeforeTheFirstReceipt() {
        // Given the seller received 2,000,000 KZT of the fund on day 1
        sellerIsPaid();

        // When a transfer to the farmer dated before that payment is seen
        List<KickbackSignal> signals = watch.onTransferBack(pair, back("back-0", kzt(600_000), firstReceipt - 1));

        // Then it is not money sent back
        assertThat(signals).isEmpty();
        assertThat(pair.funds.get("F-1").sentBack).isZero();
    }

    @Test
    void shouldCountColouredTransfersBackAsWell() {
        // Given the seller received 2,000,000 KZT of the fund
        sellerIsPaid();

        // When it sends the farmer 30 % as a movement that names a fund
        Movement coloured = new Movement("back-1", "F-1", RuleFixtures.BIC, SELLER, BENEFICIARY, kzt(600_000),
                Channel.TRANSFER, null, daysAfterT0(3));
        List<KickbackSignal> signals = watch.onTransferBack(pair, coloured);

        // Then it counts like any other money sent back
        assertThat(signals).extracting(KickbackSignal::fundId, KickbackSignal::sentBack)
                .containsExactly(tuple("F-1", kzt(600_000)));
    }

    @Test
    void shouldCountOneTransferTowardsEveryFundWhoseWindowItFallsIn() {
        // Given the farmer's two funds each paid the seller 1,000,000 KZT
        watch.onPayment(pair, payment("pay-a", "F-1", Programme.AUYL_AMANATY, kzt(1_000_000), daysAfterT0(1)));
        watch.onPayment(pair, payment("pay-b", "F-2", Programme.AUYL_AMANATY, kzt(1_000_000), daysAfterT0(2)));

        // When the seller sends the farmer 300,000 KZT once
        List<KickbackSignal> signals = watch.onTransferBack(pair, back("back-1", kzt(300_000), daysAfterT0(5)));

        // Then it is 30 % of each fund's payment: both are signalled
        assertThat(signals).extracting(KickbackSignal::fundId).containsExactly("F-1", "F-2");
    }

    @Test
    void shouldApplyTheThresholdsOfTheFundsProgramme() {
        // Given investment subsidies need 50 % sent back, and the seller received 2,000,000 KZT of one
        Thresholds half = new Thresholds(30, 5000, 9000, 24, 3);
        KickbackWatch strictForSubsidies = new KickbackWatch(
                new RuleBook("test", Thresholds.DESIGN_DEFAULTS, Map.of(Programme.INVESTMENT_SUBSIDY, half)));
        strictForSubsidies.onPayment(pair,
                payment("pay-1", "F-1", Programme.INVESTMENT_SUBSIDY, kzt(2_000_000), firstReceipt));

        // When the seller sends back 30 %, then 20 % more
        List<KickbackSignal> at30 = strictForSubsidies.onTransferBack(pair,
                back("back-1", kzt(600_000), daysAfterT0(3)));
        List<KickbackSignal> at50 = strictForSubsidies.onTransferBack(pair,
                back("back-2", kzt(400_000), daysAfterT0(4)));

        // Then only reaching 50 % is a kickback
        assertThat(at30).isEmpty();
        assertThat(at50).extracting(KickbackSignal::sentBack).containsExactly(kzt(1_000_000));
    }

    @Test
    void shouldSignalNothingForAPairWithoutPayments() {
        // Given the seller never received money of the farmer's funds
        // When it sends the farmer money
        // Then there is nothing to send back
        assertThat(watch.onTransferBack(pair, back("back-1", kzt(600_000), daysAfterT0(3)))).isEmpty();
    }
}
