package io.earmark.streams.topology;

import java.time.Duration;

/**
 * Settings the topology's shape depends on: the partition count of the input topics (every stage expects a watermark
 * from each upstream task), how often, in wall-clock time, a stage passes its watermark on between heartbeats, and
 * which detection core it wires.
 */
public record PipelineSettings(int partitions, Duration watermarkInterval, Core core) {

    /** The detection core (docs/architecture.md). */
    public enum Core {
        /** Fund ledgers keyed by fundId, with the owner, asset and pair stages around them. */
        BY_FUND,
        /** Fund ledgers keyed by beneficiary, fed by a route (under construction, issue 14). */
        BY_BENEFICIARY
    }

    public PipelineSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
    }

    public PipelineSettings(int partitions, Duration watermarkInterval) {
        this(partitions, watermarkInterval, Core.BY_FUND);
    }

    public static PipelineSettings of(int partitions) {
        return new PipelineSettings(partitions, Duration.ofMillis(100));
    }

    public PipelineSettings withCore(Core other) {
        return new PipelineSettings(partitions, watermarkInterval, other);
    }
}
