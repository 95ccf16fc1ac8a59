package io.earmark.bench.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyWorkloadTest {

    @Test
    void shouldReadTheCommandLineNames() {
        assertThat(LatencyWorkload.parse("mix")).isEqualTo(LatencyWorkload.MIX);
        assertThat(LatencyWorkload.parse("diversions")).isEqualTo(LatencyWorkload.DIVERSIONS);
        assertThat(LatencyWorkload.parse(" Diversions ")).isEqualTo(LatencyWorkload.DIVERSIONS);
    }

    @Test
    void shouldNameTheChoicesWhenTheValueIsUnknown() {
        assertThatThrownBy(() -> LatencyWorkload.parse("alerts")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--latency-workload must be one of mix, diversions, got 'alerts'");
        assertThatThrownBy(() -> LatencyWorkload.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSayHowManyEventsAreProbes() {
        assertThat(LatencyWorkload.MIX.probeOneIn()).isEqualTo(MixWorkload.PROBE_EVERY);
        assertThat(LatencyWorkload.MIX.description()).isEqualTo("mix, 1 in 20 a probe diversion");
        assertThat(LatencyWorkload.DIVERSIONS.probeOneIn()).isEqualTo(1);
        assertThat(LatencyWorkload.DIVERSIONS.description()).isEqualTo("diversions");
    }
}
