package io.earmark.streams.topology;

import java.time.Duration;

/**
 * Settings the topology's shape depends on: the partition count of the input topics (every stage expects a watermark
 * from each upstream task) and how often, in wall-clock time, a stage passes its watermark on between heartbeats.
 */
public record PipelineSettings(int partitions, Duration watermarkInterval) {

    public PipelineSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
    }

    public static PipelineSettings of(int partitions) {
        return new PipelineSettings(partitions, Duration.ofMillis(100));
    }
}
