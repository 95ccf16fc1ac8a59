package io.earmark.streams.deadletter;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.streams.StreamsMetrics;

/** Counts dead-lettered records per reason as Kafka Streams metrics ({@code earmark-deadletter-total}). */
public final class DeadLetterMetrics {

    static final String GROUP = "earmark-metrics";
    static final String NAME = "earmark-deadletter-total";

    private final StreamsMetrics metrics;
    private final String taskId;
    private final String source;
    private final Map<String, Sensor> sensors = new HashMap<>();

    public DeadLetterMetrics(StreamsMetrics metrics, String taskId, String source) {
        this.metrics = metrics;
        this.taskId = taskId;
        this.source = source;
    }

    public void count(String reason) {
        sensors.computeIfAbsent(reason, this::sensorFor).record();
    }

    private Sensor sensorFor(String reason) {
        Sensor sensor = metrics.addSensor("earmark-deadletter-" + source + "-" + taskId + "-" + reason,
                Sensor.RecordingLevel.INFO);
        sensor.add(new MetricName(NAME, GROUP, "Records sent to the dead-letter topic",
                Map.of("source", source, "reason", reason, "task-id", taskId)), new CumulativeCount());
        return sensor;
    }
}
