package io.earmark.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.producers.simulate.Delivery;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.FundAlert;
import io.earmark.streams.replay.DetectionQuality;
import io.earmark.streams.replay.DetectionQuality.Expected;
import io.earmark.streams.testing.PipelineDriver;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulator's 1,000-fund scenarios through the topology, scored against their ground truth: precision and recall
 * are 1.0 for every rule, clean and with every kind of noise a real feed has.
 */
class DetectionQualityTest {

    @Test
    void shouldDetectEveryInjectedViolationAndNothingElseInACleanScenario() {
        assertPerfect(SimulationOptions.of(1_000, 42, 0.2));
    }

    @Test
    void shouldStayPerfectWithOutOfOrderDeliveryDuplicatesAndLateRegistrations() {
        assertPerfect(SimulationOptions.of(1_000, 7, 0.2).withNoise(90, 0.05, true));
    }

    private static void assertPerfect(SimulationOptions options) {
        Scenario scenario = ScenarioGenerator.generate(options);
        List<FundAlert> alerts;
        try (PipelineDriver pipeline = new PipelineDriver()) {
            for (ScenarioEvent event : Delivery.order(scenario)) {
                pipeline.sendEvent(event.record());
            }
            pipeline.advanceTo(scenario.end());
            alerts = pipeline.alerts();
        }
        List<Expected> truth = scenario.expectedAlerts().stream()
                .map(e -> new Expected(e.rule(), e.fundId(), e.amountAtRisk())).toList();
        DetectionQuality quality = DetectionQuality.score(truth, alerts);
        System.out.println(quality.table());
        assertThat(quality.scores()).filteredOn(s -> s.expected() > 0).hasSize(9);
        assertThat(quality.scores()).allSatisfy(s -> {
            assertThat(s.precision()).as("precision of %s", s.rule()).isEqualTo(1.0);
            assertThat(s.recall()).as("recall of %s", s.rule()).isEqualTo(1.0);
        });
    }


}
