package io.earmark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScenarioClockTest {

    private final AtomicLong nanos = new AtomicLong(123_456_789L);
    private final ScenarioClock clock = ScenarioClock.dayEvery(Duration.ofSeconds(4), nanos::get);

    private void wallPasses(Duration wall) {
        nanos.addAndGet(wall.toNanos());
    }

    @Test
    void shouldRunOneSimulatedDayPerConfiguredWallClockInterval() {
        clock.startAt(Instant.parse("2024-10-01T00:00:00Z"));

        wallPasses(Duration.ofSeconds(4));
        assertThat(clock.now()).isEqualTo("2024-10-02T00:00:00Z");
        wallPasses(Duration.ofMillis(250));
        assertThat(clock.now()).isEqualTo("2024-10-02T01:30:00Z");
        assertThat(clock.speed()).isEqualTo(21_600.0);
    }

    @Test
    void shouldTellHowMuchWallClockTimeRemainsUntilASimulatedInstant() {
        clock.startAt(Instant.parse("2024-10-01T00:00:00Z"));

        assertThat(clock.wallUntil(Instant.parse("2024-10-01T12:00:00Z"))).isEqualTo(Duration.ofSeconds(2));
        assertThat(clock.wallUntil(Instant.parse("2024-09-30T00:00:00Z"))).isZero();
    }

    @Test
    void shouldMoveOnFromANewStartWhenARoundBegins() {
        clock.startAt(Instant.parse("2024-10-01T00:00:00Z"));
        wallPasses(Duration.ofSeconds(40));

        clock.startAt(Instant.parse("2024-12-28T02:00:00Z"));
        wallPasses(Duration.ofSeconds(2));

        assertThat(clock.now()).isEqualTo("2024-12-28T14:00:00Z");
    }
}
