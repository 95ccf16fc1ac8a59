package io.earmark.bench.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class EventTimesTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00.123Z");

    @Test
    void shouldCopyAMovementWithTheNewEventTime() {
        FundMovement original = ProbeFunds.diversion("m-1", "LAT-1", 1_000L);

        FundMovement moved = EventTimes.withEventTime(original, AT);

        assertThat(moved.getEventTime()).isEqualTo(AT);
        assertThat(original.getEventTime()).isEqualTo(Instant.ofEpochMilli(1_000L));
        moved.setEventTime(original.getEventTime());
        assertThat(moved).isEqualTo(original);
    }

    @Test
    void shouldMoveEveryKindOfSimulatedEventAndNothingElse() {
        Set<Class<?>> kinds = new HashSet<>();
        for (ScenarioEvent event : ScenarioGenerator.generate(SimulationOptions.of(20, 7, 0.05)).events()) {
            SpecificRecord original = event.record();
            int eventTime = original.getSchema().getField("eventTime").pos();
            Object before = original.get(eventTime);

            SpecificRecord moved = EventTimes.withEventTime(original, AT);

            assertThat(moved.get(eventTime)).isEqualTo(AT);
            assertThat(original.get(eventTime)).isEqualTo(before);
            moved.put(eventTime, before);
            assertThat(moved).isEqualTo(original).isNotSameAs(original);
            kinds.add(original.getClass());
        }
        assertThat(kinds).containsExactlyInAnyOrder(FundEarmarked.class, FundMovement.class, AssetRegistered.class);
    }

    @Test
    void shouldRefuseARecordWithoutAnEventTime() {
        assertThatThrownBy(() -> EventTimes.withEventTime(new Heartbeat("bench", 0, AT), AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventTime");
    }
}
