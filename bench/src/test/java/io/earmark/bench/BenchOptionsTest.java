package io.earmark.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.bench.phases.LatencyWorkload;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void shouldKeepTheChosenWorkload() {
        assertThat(options(LatencyWorkload.DIVERSIONS).latencyWorkload()).isEqualTo(LatencyWorkload.DIVERSIONS);
    }

    @Test
    void shouldRequireAWorkload() {
        assertThatThrownBy(() -> options(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--latency-workload");
    }

    @Test
    void shouldRejectANegativeRate() {
        assertThatThrownBy(() -> new BenchOptions(20_000, 6, Path.of("x.json"), Duration.ofMillis(100),
                Duration.ofSeconds(30), 0.5, -1, LatencyWorkload.MIX, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--latency-rate");
    }

    private static BenchOptions options(LatencyWorkload workload) {
        return new BenchOptions(20_000, 6, Path.of("x.json"), Duration.ofMillis(100), Duration.ofSeconds(30), 0.5, 0,
                workload, 2024);
    }
}
