package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
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
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.schema.Severity;
import io.earmark.streams.testing.PipelineDriver;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OVERSUBSIDY, DUPLICATE_ASSET and matching assets that name no fund. */
class AssetRulesTest {

    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    private PipelineDriver subsidy(long amount, int rateBps) {
        return pipeline.send(fund("S1", b -> b.setProgramme(Programme.INVESTMENT_SUBSIDY)
                .setPurpose(Purpose.LEASED_EQUIPMENT).setAmount(amount).setSubsidyRateBps(rateBps)
                .setExpectedAssetCount(1).setMaxIdleHours(1000)));
    }

    @Test
    void shouldFlagOversubsidyOnTheRegistrationThatCompletesTheCount() {
        // 25 % of 10,000,000.00 is 2,500,000.00; the subsidy is 3,000,000.00
        subsidy(3_000_000_00L, 2500)
                .send(asset("a1", "LEASE-77", BENEFICIARY, "S1", 10_000_000_00L, hours(5), Registry.LEASE_REGISTRY))
                .advanceTo(hours(6));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getSeverity,
                        FundAlert::getAmountAtRisk, FundAlert::getDetectedAt, FundAlert::getAlertId)
                .containsExactly(tuple(AlertRule.OVERSUBSIDY, Severity.HIGH, 500_000_00L, hours(5),
                        "OVERSUBSIDY:S1:a1"));
    }

    @Test
    void shouldNotFlagASubsidyWithinItsRate() {
        subsidy(2_500_000_00L, 2500)
                .send(asset("a1", "LEASE-77", BENEFICIARY, "S1", 10_000_000_00L, hours(5), Registry.LEASE_REGISTRY))
                .advanceTo(hours(6));
        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void shouldUseIntegerDivisionForTheAllowedSubsidy() {
        // allowed = 3333 * 1001 / 10000 = 333.6333 -> 333; excess = 400 - 333
        subsidy(400, 3333)
                .send(asset("a1", "LEASE-1", BENEFICIARY, "S1", 1001, hours(5), Registry.LEASE_REGISTRY))
                .advanceTo(hours(6));
        assertThat(pipeline.alerts()).extracting(FundAlert::getAmountAtRisk).containsExactly(67L);
    }

    @Test
    void shouldFlagTheSecondFundThatRegistersTheSameAnimal() {
        pipeline.send(fund("F1")).send(fund("F2", b -> b.setEventTime(hours(1)).setBeneficiaryId("900101300222")))
                .send(asset("a1", "KZ0001", "F1", 300_000_00L, hours(2)))
                .send(asset("a2", "KZ0001", "900101300222", "F2", 310_000_00L, hours(3),
                        Registry.LIVESTOCK_IDENTIFICATION))
                .advanceTo(hours(4));
        List<FundAlert> alerts = pipeline.alerts();
        assertThat(alerts).extracting(FundAlert::getRule, FundAlert::getSeverity, FundAlert::getFundId,
                        FundAlert::getAmountAtRisk, FundAlert::getDetectedAt)
                .containsExactly(tuple(AlertRule.DUPLICATE_ASSET, Severity.CRITICAL, "F2", 310_000_00L, hours(3)));
        assertThat(alerts.get(0).getEvidence()).extracting(e -> e.getEventId()).containsExactly("a1", "a2");
        assertThat(pipeline.ledger("F2").assetsRegistered()).isZero();
        assertThat(pipeline.ledger("F1").assetsRegistered()).isEqualTo(1);
    }

    @Test
    void shouldMatchAnAssetWithoutFundToTheOwnersOldestOpenFundOfTheRightPurpose() {
        pipeline.send(fund("F1", b -> b.setExpectedAssetCount(1)))
                .send(fund("F2", b -> b.setEventTime(hours(1)).setExpectedAssetCount(1)))
                .send(fund("M1", b -> b.setEventTime(hours(2)).setPurpose(Purpose.MACHINERY)
                        .setExpectedAssetCount(1)))
                .send(asset("a1", "KZ0001", null, 100_00L, hours(3)))
                .send(asset("a2", "KZ0002", null, 100_00L, hours(4)))
                .send(asset("a3", "KZ0003", null, 100_00L, hours(5)))
                .send(asset("t1", "VIN-1", BENEFICIARY, null, 100_00L, hours(6), Registry.MACHINERY_REGISTRY))
                .advanceTo(hours(7));
        assertThat(pipeline.ledger("F1").assets).extracting(a -> a.assetId()).containsExactly("KZ0001");
        assertThat(pipeline.ledger("F2").assets).extracting(a -> a.assetId()).containsExactly("KZ0002");
        assertThat(pipeline.ledger("M1").assets).extracting(a -> a.assetId()).containsExactly("VIN-1");
        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void shouldCountAMatchedAssetTowardsTheAssetDeadline() {
        pipeline.send(fund("F1", b -> b.setExpectedAssetCount(1)))
                .send(move("m1", "F1", OPERATOR, BANK, 100_00L, hours(1)))
                .send(move("m2", "F1", BANK, SELLER, 100_00L, hours(2)))
                .send(asset("a1", "KZ0001", null, 100_00L, days(3)))
                .advanceTo(days(40));
        assertThat(pipeline.alerts()).isEmpty();
    }
}
