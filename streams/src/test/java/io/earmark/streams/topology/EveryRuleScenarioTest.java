package io.earmark.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.testing.PipelineDriver;
import io.earmark.streams.testing.Scenario;
import io.earmark.streams.testing.Scenario.ExpectedAlert;
import org.junit.jupiter.api.Test;

/** The hand-written scenario with one alert of every rule, through the topology in event-time order. */
class EveryRuleScenarioTest {

    @Test
    void shouldRaiseExactlyTheExpectedAlerts() {
        Scenario scenario = Scenario.load("scenarios/every-rule");
        try (PipelineDriver pipeline = new PipelineDriver()) {
            scenario.events().forEach(pipeline::sendEvent);
            pipeline.advanceTo(scenario.end());
            assertThat(pipeline.alerts()).extracting(a -> new ExpectedAlert(a.getAlertId(), a.getRule().name(),
                            a.getFundId(), a.getSeverity().name(), a.getAmountAtRisk()))
                    .containsExactlyInAnyOrderElementsOf(scenario.expected());
            assertThat(pipeline.deadLetters()).isEmpty();
        }
    }
}
