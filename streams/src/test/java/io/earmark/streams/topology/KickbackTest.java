package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.days;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import io.earmark.streams.testing.PipelineDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** KICKBACK_SUSPECTED: money from a paid seller back to the fund's beneficiary. */
class KickbackTest {

    private static final long PAID = 1_000_000_00L;
    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    private PipelineDriver sellerPaid() {
        return pipeline.send(fund("F1", b -> b.setAmount(PAID).setExpectedAssetCount(0)))
                .send(move("m1", "F1", OPERATOR, BANK, PAID, hours(1)))
                .send(move("m2", "F1", BANK, SELLER, PAID, hours(2)));
    }

    @Test
    void shouldFlagKickbackOnTheUncolouredTransferThatReachesThirtyPercent() {
        sellerPaid()
                .send(move("k1", null, SELLER, BENEFICIARY, 100_000_00L, days(3)))
                .send(move("k2", null, SELLER, BENEFICIARY, 199_999_99L, days(4)))
                .advanceTo(days(5));
        assertThat(pipeline.alerts()).isEmpty();
        pipeline.send(move("k3", null, SELLER, BENEFICIARY, 1L, days(6))).advanceTo(days(7));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getSeverity,
                        FundAlert::getAmountAtRisk, FundAlert::getCounterpartyId, FundAlert::getDetectedAt,
                        FundAlert::getAlertId, FundAlert::getBeneficiaryId)
                .containsExactly(tuple(AlertRule.KICKBACK_SUSPECTED, Severity.CRITICAL, 300_000_00L, SELLER,
                        days(6), "KICKBACK_SUSPECTED:F1:k3", BENEFICIARY));
    }

    @Test
    void shouldFireOncePerFundAndSeller() {
        sellerPaid()
                .send(move("k1", null, SELLER, BENEFICIARY, 400_000_00L, days(3)))
                .send(move("k2", null, SELLER, BENEFICIARY, 400_000_00L, days(4)))
                .advanceTo(days(5));
        assertThat(pipeline.alerts()).extracting(FundAlert::getAlertId).containsExactly("KICKBACK_SUSPECTED:F1:k1");
    }

    @Test
    void shouldIgnoreTransfersAfterThirtyDays() {
        sellerPaid()
                .send(move("k1", null, SELLER, BENEFICIARY, 500_000_00L, hours(2).plus(java.time.Duration.ofDays(30))
                        .plusMillis(1)))
                .advanceTo(days(40));
        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void shouldCountColouredMoneySentBack() {
        sellerPaid()
                .send(move("k1", "F1", SELLER, BENEFICIARY, 300_000_00L, days(3)))
                .advanceTo(days(4));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getAmountAtRisk)
                .containsExactly(tuple(AlertRule.KICKBACK_SUSPECTED, 300_000_00L));
    }

    @Test
    void shouldIgnoreMoneySentToSomeoneElse() {
        sellerPaid()
                .send(move("k1", null, SELLER, "991231300111", 900_000_00L, days(3)))
                .advanceTo(days(4));
        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void shouldShowTheKickbackInTheFundStatus() {
        sellerPaid().send(move("k1", null, SELLER, BENEFICIARY, 300_000_00L, days(3))).advanceTo(days(4));
        assertThat(pipeline.alerts()).hasSize(1);
        var statuses = pipeline.statuses();
        assertThat(statuses.get(statuses.size() - 1).getOpenAlerts()).isEqualTo(1);
        assertThat(statuses.get(statuses.size() - 1).getState().name()).isEqualTo("FLAGGED");
    }
}
