package io.earmark.producers.simulate;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTest {

    @Test
    void shouldDeliverInEventTimeOrderWithoutNoise() {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(80, 4, 0.2));

        assertThat(Delivery.order(scenario)).isEqualTo(scenario.events());
    }

    @Test
    void shouldDelayEventsNoMoreThanTheOutOfOrderBound() {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(200, 4, 0.2).withNoise(45, 0, false));

        List<ScenarioEvent> delivered = Delivery.order(scenario);

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(scenario.events()).isNotEqualTo(scenario.events());
        Instant latestSeen = Instant.MIN;
        for (ScenarioEvent e : delivered) {
            assertThat(latestSeen).isBeforeOrEqualTo(e.eventTime().plus(Duration.ofMinutes(45)));
            latestSeen = latestSeen.isAfter(e.eventTime()) ? latestSeen : e.eventTime();
        }
    }

    @Test
    void shouldRedeliverADuplicateShareWithTheSameEventId() {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(200, 4, 0.2).withNoise(0, 0.1, false));

        List<ScenarioEvent> delivered = Delivery.order(scenario);

        Map<ScenarioEvent, Long> copies = delivered.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long twice = copies.values().stream().filter(c -> c == 2).count();
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(scenario.events());
        assertThat(copies.values()).allMatch(c -> c <= 2);
        assertThat((double) twice / scenario.events().size()).isBetween(0.07, 0.13);
    }
}
