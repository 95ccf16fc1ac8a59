package io.earmark.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One topic of the topics definition: name, partitions, replication factor, cleanup policy, retention and
 * (optionally, 0 = the broker's default) min.insync.replicas. Out: the topic-level configs it manages and the
 * {@link NewTopic} the Admin client creates it with.
 */
public record TopicSpec(String name, int partitions, short replicationFactor, String cleanupPolicy, long retentionMs,
                        int minInsyncReplicas) {

    /** A spec that leaves min.insync.replicas to the broker. */
    public TopicSpec(String name, int partitions, short replicationFactor, String cleanupPolicy, long retentionMs) {
        this(name, partitions, replicationFactor, cleanupPolicy, retentionMs, 0);
    }

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
        if (minInsyncReplicas < 0 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException(name + ": minInsyncReplicas must be between 1 and the replication factor "
                    + replicationFactor + " (or 0 for the broker's default), not " + minInsyncReplicas);
        }
    }

    public boolean compacted() {
        return TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanupPolicy);
    }

    /** The topic-level configs this spec sets, in a fixed order. */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
        configs.put(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retentionMs));
        if (minInsyncReplicas > 0) {
            configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInsyncReplicas));
        }
        return configs;
    }

    public NewTopic newTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(configs());
    }

    TopicSpec withPartitions(int count) {
        return new TopicSpec(name, count, replicationFactor, cleanupPolicy, retentionMs, minInsyncReplicas);
    }

    TopicSpec withReplicationFactor(short factor) {
        return new TopicSpec(name, partitions, factor, cleanupPolicy, retentionMs, Math.min(minInsyncReplicas, factor));
    }

    TopicSpec withMinInsyncReplicas(int count) {
        return new TopicSpec(name, partitions, replicationFactor, cleanupPolicy, retentionMs, count);
    }
}
