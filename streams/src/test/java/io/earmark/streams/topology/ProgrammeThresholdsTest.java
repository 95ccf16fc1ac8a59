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

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.rules.Thresholds;
import io.earmark.streams.testing.PipelineDriver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-programme thresholds reach the rules, and every alert names the rule book's version. */
class ProgrammeThresholdsTest {

    private static final RuleBook STRICT_SUBSIDIES = new RuleBook("test-v9", Thresholds.DESIGN_DEFAULTS,
            Map.of(Programme.INVESTMENT_SUBSIDY, new Thresholds(30, 3000, 9900, 24, 3)));

    private static void paidAndRegistered(PipelineDriver pipeline, String fundId, Programme programme,
                                          String owner) {
        pipeline.send(fund(fundId, b -> b.setProgramme(programme).setPurpose(Purpose.MACHINERY)
                        .setBeneficiaryId(owner).setAmount(1_000_000L).setExpectedAssetCount(1)))
                .send(move("in-" + fundId, fundId, OPERATOR, BANK, 1_000_000L, hours(1)))
                .send(move("pay-" + fundId, fundId, BANK, SELLER, 1_000_000L, hours(2)))
                .send(asset("a-" + fundId, "VIN-" + fundId, owner, fundId, 950_000L, days(1),
                        Registry.MACHINERY_REGISTRY));
    }

    @Test
    void shouldApplyAProgrammesOwnAssetValueShare() {
        try (PipelineDriver pipeline = new PipelineDriver(STRICT_SUBSIDIES)) {
            // 95 % registered: enough under the default 90 %, too little under the subsidy's 99 %
            paidAndRegistered(pipeline, "LOAN", Programme.AUYL_AMANATY, BENEFICIARY);
            paidAndRegistered(pipeline, "SUB", Programme.INVESTMENT_SUBSIDY, "900101300333");
            pipeline.advanceTo(days(60));
            assertThat(pipeline.alerts()).extracting(FundAlert::getFundId, FundAlert::getRule,
                            FundAlert::getRuleVersion)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SUB", AlertRule.ASSET_SHORTFALL,
                            "test-v9"));
        }
    }

    @Test
    void shouldRecordAnAssetThatMatchesNoFundWithoutAlerting() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(asset("a1", "KZ-LOST", "700101300444", null, 100_00L, hours(1),
                    Registry.LIVESTOCK_IDENTIFICATION)).advanceTo(days(60));
            assertThat(pipeline.alerts()).isEmpty();
            assertThat(pipeline.deadLetters()).isEmpty();
        }
    }

    @Test
    void shouldEvaluateOversubsidyOnlyWhenTheExpectedCountIsReached() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(fund("S1", b -> b.setProgramme(Programme.INVESTMENT_SUBSIDY)
                            .setPurpose(Purpose.LEASED_EQUIPMENT).setAmount(1_000_000L).setSubsidyRateBps(5000)
                            .setExpectedAssetCount(2).setMaxIdleHours(1000)))
                    .send(asset("a1", "L-1", BENEFICIARY, "S1", 100L, hours(1), Registry.LEASE_REGISTRY))
                    .advanceTo(hours(2));
            assertThat(pipeline.alerts()).isEmpty();
            pipeline.send(asset("a2", "L-2", BENEFICIARY, "S1", 1_000_000L, hours(3), Registry.LEASE_REGISTRY))
                    .advanceTo(hours(4));
            // 5000 bps x 1,000,100 / 10000 = 500,050 allowed; excess 499,950, on the second registration
            assertThat(pipeline.alerts()).extracting(FundAlert::getAlertId, FundAlert::getAmountAtRisk)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("OVERSUBSIDY:S1:a2", 499_950L));
            pipeline.send(asset("a3", "L-3", BENEFICIARY, "S1", 1L, hours(5), Registry.LEASE_REGISTRY))
                    .advanceTo(hours(6));
            assertThat(pipeline.alerts()).isEmpty();
        }
    }
}
