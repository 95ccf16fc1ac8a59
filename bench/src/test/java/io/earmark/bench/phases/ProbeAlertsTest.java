package io.earmark.bench.phases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbeAlertsTest {

    @Test
    void shouldTimeOnlyProbeAlertsAfterTheWarmUp() {
        ProbeAlerts alerts = new ProbeAlerts(1_000);

        alerts.accept("LAT-3", 999, 1_500);
        alerts.accept("LAT-4", 1_000, 1_025);
        alerts.accept("LAT-5", 2_000, 2_040);
        alerts.accept("AUYL-2024-0001", 2_000, 2_010);

        assertThat(alerts.probes()).isEqualTo(3);
        assertThat(alerts.others()).isEqualTo(1);
        assertThat(alerts.histogram().getTotalCount()).isEqualTo(2);
        assertThat(alerts.histogram().getMinValue()).isBetween(24_900L, 25_100L);
        assertThat(alerts.histogram().getMaxValue()).isBetween(39_900L, 40_100L);
    }

    @Test
    void shouldCountAClockSkewAsNoLatencyAndALongWaitAsTheLongestTracked() {
        ProbeAlerts alerts = new ProbeAlerts(0);

        alerts.accept("LAT-1", 5_000, 4_990);
        alerts.accept("LAT-2", 0, 120_000);

        assertThat(alerts.histogram().getMinValue()).isZero();
        assertThat(alerts.histogram().getMaxValue())
                .isGreaterThanOrEqualTo(alerts.histogram().getHighestTrackableValue() - 100_000);
    }
}
