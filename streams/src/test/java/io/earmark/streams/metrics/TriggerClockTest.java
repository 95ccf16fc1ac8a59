package io.earmark.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.model.Movement;
import io.earmark.schema.Channel;
import org.junit.jupiter.api.Test;

class TriggerClockTest {

    private long now = 1_000;
    private final TriggerClock clock = new TriggerClock(() -> now);

    private static Movement movement(String id) {
        return new Movement(id, "F-1", "BIC", "A", "B", 100, Channel.CASH_WITHDRAWAL, null, 0);
    }

    @Test
    void shouldMeasureAnEventsAlertFromWhenTheEventWasReadIncludingItsWaitForTheWatermark() {
        // Given a cash withdrawal read at 1000 ms, buffered until a heartbeat read at 1800 ms releases it
        clock.recordRead();
        clock.buffered(movement("M-1"));
        now = 1_800;
        clock.recordRead();
        now = 1_850;

        // When it is applied and its alert forwarded at 1900 ms
        clock.applying(movement("M-1"));
        now = 1_900;

        // Then the latency counts from the event's read, not the heartbeat's
        assertThat(clock.latencyMillis()).isEqualTo(900);
    }

    @Test
    void shouldMeasureADeadlinesAlertFromTheRecordThatMovedTheWatermarkPastIt() {
        clock.recordRead();
        clock.buffered(movement("M-1"));
        now = 5_000;
        clock.recordRead();
        clock.firingDeadlines();
        now = 5_020;

        assertThat(clock.latencyMillis()).isEqualTo(20);
    }

    @Test
    void shouldKeepTheFirstReadOfARedeliveredEvent() {
        clock.recordRead();
        clock.buffered(movement("M-1"));
        now = 3_000;
        clock.recordRead();
        clock.buffered(movement("M-1"));
        clock.applying(movement("M-1"));

        assertThat(clock.latencyMillis()).isEqualTo(2_000);
    }

    @Test
    void shouldNotKnowTheLatencyOfAnEventBufferedBeforeThisTaskStarted() {
        clock.recordRead();
        clock.applying(movement("M-OLD"));

        assertThat(clock.latencyMillis()).isEqualTo(-1);
    }

    @Test
    void shouldForgetAnEventOnceApplied() {
        clock.recordRead();
        clock.buffered(movement("M-1"));
        clock.applying(movement("M-1"));
        clock.applying(movement("M-1"));

        assertThat(clock.latencyMillis()).as("a second application has no read time left").isEqualTo(-1);
    }
}
