package io.earmark.streams.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Earmark's own metrics, in a Micrometer registry (Prometheus names in brackets). In: the pipeline's observations.
 * Out:
 * <ul>
 *   <li>{@code earmark.events} [{@code earmark_events_total{topic}}]: valid events read, by input topic;</li>
 *   <li>{@code earmark.heartbeats} [{@code earmark_heartbeats_total{topic}}]: heartbeats read, by input topic;</li>
 *   <li>{@code earmark.deadletter} [{@code earmark_deadletter_total{topic,reason}}]: records dead-lettered;</li>
 *   <li>{@code earmark.alerts} [{@code earmark_alerts_total{rule,severity}}]: alerts forwarded by this instance
 *       (an alert of an aborted transaction is counted again when its input is processed again);</li>
 *   <li>{@code earmark.alert.latency} [{@code earmark_alert_latency_seconds_bucket{rule,le}}]: event-to-alert
 *       latency as {@link TriggerClock} defines it, a histogram with fixed buckets from 5 ms to 60 s;</li>
 *   <li>{@code earmark.event.time.latest} [{@code earmark_event_time_latest_seconds}]: the {@link EventClock}.</li>
 * </ul>
 */
public final class EarmarkMetrics implements PipelineObserver {

    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final EventClock clock = new EventClock();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();

    public EarmarkMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("earmark.event.time.latest", clock, c -> c.latest().isPresent()
                        ? c.latest().getAsLong() / 1000.0 : Double.NaN)
                .description("Latest event time this instance has read (events and heartbeats), epoch seconds")
                .baseUnit("seconds")
                .register(registry);
    }

    public EventClock clock() {
        return clock;
    }

    @Override
    public void eventRead(String topic, long eventTime) {
        clock.observe(eventTime);
        counter("earmark.events", "Valid events read, by input topic", "topic", topic).increment();
    }

    @Override
    public void heartbeatRead(String topic, long time) {
        clock.observe(time);
        counter("earmark.heartbeats", "Heartbeats read, by input topic", "topic", topic).increment();
    }

    @Override
    public void deadLettered(String topic, String reason) {
        counter("earmark.deadletter", "Records sent to the dead-letter topic", "topic", topic, "reason", reason)
                .increment();
    }

    @Override
    public void alertRaised(String rule, String severity, long latencyMillis) {
        counter("earmark.alerts", "Alerts forwarded by this instance", "rule", rule, "severity", severity)
                .increment();
        if (latencyMillis >= 0) {
            latencies.computeIfAbsent(rule, r -> Timer.builder("earmark.alert.latency")
                    .description("Wall-clock time from reading an alert's triggering record to forwarding the alert")
                    .tag("rule", r)
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry)).record(latencyMillis, TimeUnit.MILLISECONDS);
        }
    }

    private Counter counter(String name, String description, String... tags) {
        return counters.computeIfAbsent(name + String.join("|", tags), k -> Counter.builder(name)
                .description(description).tags(tags).register(registry));
    }
}
