package io.earmark.streams.topology;

import java.time.Duration;

/**
 * Settings the topology's shape depends on: the partition count of the input topics (every stage expects a watermark
 * from each upstream task), how often, in wall-clock time, a stage passes its watermark on between heartbeats, and
 * the registration path: {@link RegistrationPath#OWNER_DECIDES} (the owner stage decides an asset's fund while one
 * owner registers it, so a registration crosses two repartition hops) or {@link RegistrationPath#ASSET_STAGE_DECIDES}
 * (every registration also crosses the asset stage: the earlier shape, kept while it is compared with the new one).
 */
public record PipelineSettings(int partitions, Duration watermarkInterval, RegistrationPath registrationPath) {

    /** Where a registration's fund is checked against the asset's record. */
    public enum RegistrationPath {
        OWNER_DECIDES,
        ASSET_STAGE_DECIDES
    }

    public PipelineSettings(int partitions, Duration watermarkInterval) {
        this(partitions, watermarkInterval, RegistrationPath.OWNER_DECIDES);
    }

    public PipelineSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
    }

    public static PipelineSettings of(int partitions) {
        return new PipelineSettings(partitions, Duration.ofMillis(100));
    }

    public PipelineSettings with(RegistrationPath path) {
        return new PipelineSettings(partitions, watermarkInterval, path);
    }

    public boolean ownersDecideAssets() {
        return registrationPath == RegistrationPath.OWNER_DECIDES;
    }
}
