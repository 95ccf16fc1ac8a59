package io.earmark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundIdsTest {

    @Test
    void shouldMoveEachRoundsFundNumbersIntoARangeOfTheirOwn() {
        assertThat(FundIds.fundId("AA-2024-100007", 0)).isEqualTo("AA-2024-100007");
        assertThat(FundIds.fundId("AA-2024-100007", 1)).isEqualTo("AA-2024-200007");
        assertThat(FundIds.fundId("SEC-2024-100120", 2)).isEqualTo("SEC-2024-300120");
        assertThat(FundIds.fundId("ODD", 1)).isEqualTo("ODD-r2");
        assertThat(FundIds.fundId(null, 3)).isNull();
    }

    @Test
    void shouldRenumberEveryEventThatNamesAFundAndNothingElse() {
        Scenario original = ScenarioGenerator.generate(SimulationOptions.of(30, 7, 0.5));

        Scenario renamed = FundIds.renumber(original, 1);

        assertThat(renamed.events()).hasSameSizeAs(original.events());
        for (int i = 0; i < original.events().size(); i++) {
            ScenarioEvent before = original.events().get(i);
            ScenarioEvent after = renamed.events().get(i);
            assertThat(after.eventId()).isEqualTo(before.eventId());
            assertThat(after.eventTime()).isEqualTo(before.eventTime());
            assertThat(fundIdOf(after)).isEqualTo(FundIds.fundId(fundIdOf(before), 1));
        }
        assertThat(renamed.expectedAlerts()).extracting(a -> a.fundId())
                .containsExactlyElementsOf(original.expectedAlerts().stream()
                        .map(a -> FundIds.fundId(a.fundId(), 1)).toList());
        assertThat(fundIds(renamed)).doesNotContainAnyElementsOf(fundIds(original));
    }

    static String fundIdOf(ScenarioEvent event) {
        if (event.record() instanceof FundEarmarked f) {
            return f.getFundId();
        }
        if (event.record() instanceof FundMovement m) {
            return m.getFundId();
        }
        return ((AssetRegistered) event.record()).getFundId();
    }

    static List<String> fundIds(Scenario scenario) {
        return scenario.events().stream().map(FundIdsTest::fundIdOf).filter(java.util.Objects::nonNull).distinct()
                .toList();
    }
}
