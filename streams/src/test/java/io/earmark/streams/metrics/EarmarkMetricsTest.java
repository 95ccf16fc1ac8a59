package io.earmark.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class EarmarkMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final EarmarkMetrics metrics = new EarmarkMetrics(registry);

    @Test
    void shouldCountEventsHeartbeatsAndDeadLettersByTopicAndReason() {
        metrics.eventRead("earmark.funds.v1", 1_000);
        metrics.eventRead("earmark.funds.v1", 2_000);
        metrics.eventRead("earmark.movements.v1", 3_000);
        metrics.heartbeatRead("earmark.assets.v1", 9_000);
        metrics.deadLettered("earmark.movements.v1", "NOT_WIRE_FORMAT");

        String text = registry.scrape();

        assertThat(text).contains("earmark_events_total{topic=\"earmark.funds.v1\"} 2.0",
                "earmark_events_total{topic=\"earmark.movements.v1\"} 1.0",
                "earmark_heartbeats_total{topic=\"earmark.assets.v1\"} 1.0",
                "earmark_deadletter_total{reason=\"NOT_WIRE_FORMAT\",topic=\"earmark.movements.v1\"} 1.0");
    }

    @Test
    void shouldKeepTheLatestEventTimeSeenAsTheEventClock() {
        assertThat(metrics.clock().latest()).isEmpty();

        metrics.eventRead("t", 5_000);
        metrics.heartbeatRead("t", 9_000);
        metrics.eventRead("t", 7_000);

        assertThat(metrics.clock().latest()).hasValue(9_000);
        assertThat(registry.scrape()).contains("earmark_event_time_latest_seconds 9.0");
    }

    @Test
    void shouldCountAlertsByRuleAndSeverityAndRecordKnownLatenciesInTheHistogram() {
        metrics.alertRaised("CASH_WITHDRAWAL", "HIGH", 40);
        metrics.alertRaised("CASH_WITHDRAWAL", "HIGH", 1_500);
        metrics.alertRaised("CASH_WITHDRAWAL", "HIGH", -1);

        String text = registry.scrape();

        assertThat(text).contains("earmark_alerts_total{rule=\"CASH_WITHDRAWAL\",severity=\"HIGH\"} 3.0",
                "earmark_alert_latency_seconds_bucket{rule=\"CASH_WITHDRAWAL\",le=\"0.025\"} 0",
                "earmark_alert_latency_seconds_bucket{rule=\"CASH_WITHDRAWAL\",le=\"0.1\"} 1",
                "earmark_alert_latency_seconds_bucket{rule=\"CASH_WITHDRAWAL\",le=\"2.5\"} 2",
                "earmark_alert_latency_seconds_count{rule=\"CASH_WITHDRAWAL\"} 2");
    }
}
