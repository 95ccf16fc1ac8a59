package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.AMOUNT;
import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.asset;
import static io.earmark.streams.testing.Events.days;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.streams.testing.PipelineDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redelivered events change nothing; events arriving out of order within the watermark are applied in order. */
class RedeliveryAndOrderTest {

    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void shouldIgnoreARedeliveredMovementBeforeAndAfterItWasApplied() {
        pipeline.send(fund("F1"))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, OUTSIDER, 1_000_00L, hours(2)))
                .send(move("m2", "F1", BANK, OUTSIDER, 1_000_00L, hours(2)))
                .advanceTo(hours(3))
                .send(move("m2", "F1", BANK, OUTSIDER, 1_000_00L, hours(2)))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .advanceTo(hours(4));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule).containsExactly(AlertRule.DIVERTED_FUNDS);
        assertThat(pipeline.ledger("F1").heldByFinancialOrg()).isEqualTo(AMOUNT - 1_000_00L);
        assertThat(pipeline.ledger("F1").diverted).isEqualTo(1_000_00L);
    }

    @Test
    void shouldIgnoreRedeliveredEarmarksAndRegistrations() {
        pipeline.send(fund("F1")).send(fund("F1"))
                .send(asset("a1", "KZ0001", "F1", 100_00L, hours(1)))
                .advanceTo(hours(2))
                .send(asset("a1", "KZ0001", "F1", 100_00L, hours(1)))
                .send(fund("F1"))
                .advanceTo(hours(3));
        assertThat(pipeline.ledger("F1").assetsRegistered()).isEqualTo(1);
        assertThat(pipeline.ledger("F1").registeredValue).isEqualTo(100_00L);
        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void shouldNotCountARedeliveredTransferBackTwiceForKickback() {
        pipeline.send(fund("F1", b -> b.setAmount(100_000L).setExpectedAssetCount(0)))
                .send(move("m1", "F1", OPERATOR, BANK, 100_000L, hours(1)))
                .send(move("m2", "F1", BANK, SELLER, 100_000L, hours(2)))
                .send(move("k1", null, SELLER, "850312300456", 20_000L, days(1)))
                .advanceTo(days(2))
                .send(move("k1", null, SELLER, "850312300456", 20_000L, days(1)))
                .advanceTo(days(3));
        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void shouldApplyEventsInEventTimeOrderWhateverTheirArrivalOrder() {
        // The release at h10 arrives before the payment in at h1, both before the watermark passes them
        pipeline.send(fund("F1"))
                .send(move("m2", "F1", BANK, SELLER, AMOUNT, hours(10)))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(asset("a1", "KZ0001", "F1", AMOUNT / 2, days(2)))
                .send(asset("a2", "KZ0002", "F1", AMOUNT / 2, days(3)))
                .advanceTo(days(60));
        assertThat(pipeline.alerts()).isEmpty();
        assertThat(pipeline.ledger("F1").firstSellerPaymentEventId).isEqualTo("m2");
    }
}
