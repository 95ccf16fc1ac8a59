package io.earmark.deploy;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One topic of the topics definition: name, partitions, replication factor, cleanup policy and retention.
 * Out: the {@link NewTopic} the Admin client creates it with.
 */
public record TopicSpec(String name, int partitions, short replicationFactor, String cleanupPolicy, long retentionMs) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (partitions < 1) {
            throw new IllegalArgumentException(name + ": partitions must be at least 1, not " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(name + ": replicationFactor must be at least 1, not " + replicationFactor);
        }
        if (!TopicConfig.CLEANUP_POLICY_DELETE.equals(cleanupPolicy) && !TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanupPolicy)) {
            throw new IllegalArgumentException(name + ": cleanupPolicy must be delete or compact, not " + cleanupPolicy);
        }
    }

    public boolean compacted() {
        return TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanupPolicy);
    }

    /** The topic-level configs this spec sets. */
    public Map<String, String> configs() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy, TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retentionMs));
    }

    public NewTopic newTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(configs());
    }

    TopicSpec withPartitions(int count) {
        return new TopicSpec(name, count, replicationFactor, cleanupPolicy, retentionMs);
    }

    TopicSpec withReplicationFactor(short factor) {
        return new TopicSpec(name, partitions, factor, cleanupPolicy, retentionMs);
    }
}
