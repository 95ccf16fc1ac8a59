package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final ProgressLines progress = new ProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            nanos::get);

    @Test
    void shouldPrintEveryStepWithTheSecondsSinceTheStart() {
        nanos.addAndGet(2_500_000_000L);
        progress.step("publishing 10 events");

        assertThat(output()).isEqualTo("replay    2.5s  publishing 10 events\n");
    }

    @Test
    void shouldShowTheLagAtMostOnceASecondAndOnlyWhenItChanged() {
        progress.lag(100);
        nanos.addAndGet(200_000_000L);
        progress.lag(50);
        nanos.addAndGet(1_000_000_000L);
        progress.lag(50);
        progress.lag(20);
        nanos.addAndGet(1_000_000_000L);
        progress.lag(50);

        assertThat(output().lines()).containsExactly("replay    0.0s  100 records left to process",
                "replay    1.2s  50 records left to process");
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
