package io.earmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.bench.phases.LatencyWorkload;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    @Test
    void shouldNameTheLatencyWorkloadInTheJsonAndTheTable() {
        BenchReport report = report(LatencyWorkload.MIX);

        @SuppressWarnings("unchecked")
        Map<String, Object> latency = (Map<String, Object>) report.asJson().get("eventToAlertLatency");
        assertThat(latency).containsEntry("workload", "mix").containsEntry("probeOneIn", 20)
                .containsEntry("rateEventsPerSecond", 1451.0).containsEntry("samples", 1L);
        assertThat(report.table()).contains("event-to-alert latency at 1451 events/s (mix, 1 in 20 a probe"
                + " diversion): p50 ");
    }

    @Test
    void shouldSayWhenEveryEventWasADiversion() {
        BenchReport report = report(LatencyWorkload.DIVERSIONS);

        assertThat(report.asJson().get("eventToAlertLatency")).asString().contains("workload=diversions");
        assertThat(report.table()).contains("event-to-alert latency at 1451 events/s (diversions): p50 ");
    }

    private static BenchReport report(LatencyWorkload workload) {
        Histogram latency = new Histogram(60_000_000L, 3);
        latency.recordValue(25_000);
        Throughput none = new Throughput(0, 0);
        return new BenchReport("2026-12-02T00:00:00Z", "4.3.1", 2, 6, 100, 20_000, 0, 2_000_000, none, none, none, none,
                none, 0, 0, BrokerWork.NONE, BrokerWork.NONE, 1451, 30, workload, latency);
    }
}
