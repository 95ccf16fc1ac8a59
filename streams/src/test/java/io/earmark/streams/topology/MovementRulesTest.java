package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.AMOUNT;
import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import io.earmark.streams.testing.PipelineDriver;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DIVERTED_FUNDS and CASH_WITHDRAWAL, and the payees that raise neither. */
class MovementRulesTest {

    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    private PipelineDriver funded() {
        return pipeline.send(fund("F1", b -> b.setExpectedAssetCount(0)))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)));
    }

    @Test
    void shouldFlagDiversionToAPartyThatIsNotAnApprovedSeller() {
        funded().send(move("m2", "F1", BANK, OUTSIDER, 1_234_00L, hours(2))).advanceTo(hours(3));
        List<FundAlert> alerts = pipeline.alerts();
        assertThat(alerts).extracting(FundAlert::getRule, FundAlert::getSeverity, FundAlert::getAmountAtRisk,
                        FundAlert::getCounterpartyId, FundAlert::getDetectedAt, FundAlert::getAlertId)
                .containsExactly(tuple(AlertRule.DIVERTED_FUNDS, Severity.HIGH, 1_234_00L, OUTSIDER, hours(2),
                        "DIVERTED_FUNDS:F1:m2"));
        assertThat(alerts.get(0).getEvidence()).extracting(e -> e.getEventId(), e -> e.getTopic())
                .containsExactly(tuple("m2", "earmark.movements.v1"));
    }

    @Test
    void shouldAllowPaymentsToTheFundsOwnParties() {
        funded().send(move("m2", "F1", BANK, BENEFICIARY, 1_000_00L, hours(2)))
                .send(move("m3", "F1", BENEFICIARY, SELLER, 1_000_00L, hours(3)))
                .send(move("m4", "F1", BANK, OPERATOR, 2_000_00L, hours(4)))
                .send(move("m5", "F1", BANK, SELLER, AMOUNT - 3_000_00L, hours(5)))
                .advanceTo(hours(6));
        assertThat(pipeline.alerts()).isEmpty();
        assertThat(pipeline.ledger("F1").returned).isEqualTo(2_000_00L);
        assertThat(pipeline.ledger("F1").paidToSellers).isEqualTo(AMOUNT - 2_000_00L);
    }

    @Test
    void shouldNotFlagDiversionForAFundWithoutApprovedSellers() {
        pipeline.send(fund("F1", b -> b.setApprovedSellers(List.of()).setExpectedAssetCount(0)))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, OUTSIDER, AMOUNT, hours(2)))
                .advanceTo(hours(3));
        assertThat(pipeline.alerts()).isEmpty();
        assertThat(pipeline.ledger("F1").paidToSellers).isEqualTo(AMOUNT);
    }

    @Test
    void shouldRaiseOnlyCashWithdrawalForCashLeavingToAnOutsider() {
        funded().send(move("m2", "F1", BANK, OUTSIDER, 5_000_00L, hours(2), Channel.CASH_WITHDRAWAL))
                .advanceTo(hours(3));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getSeverity,
                        FundAlert::getAmountAtRisk, FundAlert::getCounterpartyId, FundAlert::getDetectedAt)
                .containsExactly(tuple(AlertRule.CASH_WITHDRAWAL, Severity.HIGH, 5_000_00L, OUTSIDER, hours(2)));
    }

    @Test
    void shouldFlagCashWithdrawnByTheBeneficiary() {
        funded().send(move("m2", "F1", BANK, BENEFICIARY, AMOUNT, hours(2)))
                .send(move("m3", "F1", BENEFICIARY, BENEFICIARY, 7_000_00L, hours(3), Channel.CASH_WITHDRAWAL))
                .advanceTo(hours(4));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getCounterpartyId)
                .containsExactly(tuple(AlertRule.CASH_WITHDRAWAL, BENEFICIARY));
        assertThat(pipeline.ledger("F1").diverted).isEqualTo(7_000_00L);
    }

    @Test
    void shouldSendADiversionOnArrivalOnceItsFundIsKnownAndOnlyOnceWhenAppliedInOrder() {
        // Given a fund applied up to hour 1
        funded().advanceTo(hours(1));
        // When a diversion arrives before the stage's watermark has passed it
        pipeline.send(move("m2", "F1", BANK, OUTSIDER, 1_234_00L, hours(2)));
        // Then its alert is out already, while the movement still waits in the buffer
        assertThat(pipeline.alerts()).extracting(FundAlert::getAlertId).containsExactly("DIVERTED_FUNDS:F1:m2");
        assertThat(pipeline.ledger("F1").diverted).isZero();
        // And applying it in order records the alert without sending it again
        pipeline.advanceTo(hours(3));
        assertThat(pipeline.alerts()).isEmpty();
        assertThat(pipeline.ledger("F1").diverted).isEqualTo(1_234_00L);
        assertThat(pipeline.ledger("F1").alertIds).containsExactly("DIVERTED_FUNDS:F1:m2");
        assertThat(pipeline.ledger("F1").announcedAlertIds).isEmpty();
        assertThat(pipeline.ledger("F1").journey).extracting(step -> step.kind()).endsWith("ALERT", "MOVEMENT");
    }

    @Test
    void shouldWaitForTheOrderWhenTheFundIsNotKnownOnArrival() {
        pipeline.send(fund("F1", b -> b.setExpectedAssetCount(0)))
                .send(move("m2", "F1", BANK, OUTSIDER, 1_234_00L, hours(2)));
        assertThat(pipeline.alerts()).isEmpty();
        pipeline.advanceTo(hours(3));
        assertThat(pipeline.alerts()).extracting(FundAlert::getAlertId).containsExactly("DIVERTED_FUNDS:F1:m2");
    }
}
