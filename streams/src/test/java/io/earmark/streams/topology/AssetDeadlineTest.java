package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.AMOUNT;
import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.asset;
import static io.earmark.streams.testing.Events.days;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundState;
import io.earmark.schema.FundStatus;
import io.earmark.schema.Severity;
import io.earmark.streams.testing.PipelineDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ASSET_NOT_REGISTERED, ASSET_SHORTFALL and VERIFIED, decided registrationDeadlineDays after the first payment. */
class AssetDeadlineTest {

    /** First seller payment at h2; 30 registration days. */
    private static final Instant DEADLINE = hours(2).plus(Duration.ofDays(30));
    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    private PipelineDriver paid() {
        return pipeline.send(fund("F1"))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, SELLER, AMOUNT, hours(2)));
    }

    @Test
    void shouldFlagAssetNotRegisteredAtTheDeadline() {
        paid().advanceTo(DEADLINE);
        assertThat(pipeline.alerts()).isEmpty();
        pipeline.advanceTo(DEADLINE.plusMillis(1));
        List<FundAlert> alerts = pipeline.alerts();
        assertThat(alerts).extracting(FundAlert::getRule, FundAlert::getSeverity, FundAlert::getAmountAtRisk,
                        FundAlert::getDetectedAt, FundAlert::getAlertId)
                .containsExactly(tuple(AlertRule.ASSET_NOT_REGISTERED, Severity.HIGH, AMOUNT, DEADLINE,
                        "ASSET_NOT_REGISTERED:F1:2024-10-31T11:00:00Z"));
    }

    @Test
    void shouldFlagShortfallWhenTooFewAssetsAreRegistered() {
        paid().send(asset("a1", "KZ0001", "F1", AMOUNT, days(5))).advanceTo(days(40));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getSeverity,
                        FundAlert::getAmountAtRisk, FundAlert::getDetectedAt)
                .containsExactly(tuple(AlertRule.ASSET_SHORTFALL, Severity.MEDIUM, 0L, DEADLINE));
    }

    @Test
    void shouldFlagShortfallWhenAssetsAreWorthLessThanNinetyPercentOfThePayments() {
        long each = AMOUNT * 9 / 20 - 1; // together one tiyn under 90 %
        paid().send(asset("a1", "KZ0001", "F1", each, days(5)))
                .send(asset("a2", "KZ0002", "F1", each, days(6)))
                .advanceTo(days(40));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getAmountAtRisk)
                .containsExactly(tuple(AlertRule.ASSET_SHORTFALL, AMOUNT - 2 * each));
    }

    @Test
    void shouldVerifyAFundWhoseAssetsAreRegisteredInTime() {
        long each = AMOUNT * 9 / 20; // exactly 90 %
        paid().send(asset("a1", "KZ0001", "F1", each, days(5)))
                .send(asset("a2", "KZ0002", "F1", each, DEADLINE))
                .advanceTo(days(40));
        assertThat(pipeline.alerts()).isEmpty();
        List<FundStatus> statuses = pipeline.statuses();
        assertThat(statuses.get(statuses.size() - 1).getState()).isEqualTo(FundState.VERIFIED);
    }

    @Test
    void shouldCountAssetsRegisteredBeforeThePayment() {
        pipeline.send(fund("F1"))
                .send(asset("a1", "KZ0001", "F1", AMOUNT / 2, hours(1)))
                .send(asset("a2", "KZ0002", "F1", AMOUNT / 2, hours(2)))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(3)))
                .send(move("m2", "F1", BANK, SELLER, AMOUNT, hours(4)))
                .advanceTo(days(40));
        assertThat(pipeline.alerts()).isEmpty();
        assertThat(pipeline.ledger("F1").assetsRegistered()).isEqualTo(2);
    }

    @Test
    void shouldNotWithdrawTheAlertWhenAssetsComeLate() {
        paid().send(asset("a1", "KZ0001", "F1", AMOUNT / 2, days(35)))
                .send(asset("a2", "KZ0002", "F1", AMOUNT / 2, days(36)))
                .advanceTo(days(40));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule).containsExactly(AlertRule.ASSET_NOT_REGISTERED);
    }
}
