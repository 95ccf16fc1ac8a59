package io.earmark.deploy.topics;

import io.earmark.deploy.TopicSpec;
import java.util.stream.Collectors;

/**
 * One change that applying the topics definition makes to a cluster. Only growth and reconfiguration exist here:
 * a topic is never deleted and partitions are never removed (Kafka cannot, and data would be lost).
 */
public sealed interface TopicChange {

    String topic();

    /** One human line, e.g. {@code ~ earmark.alerts.v1: retention.ms 604800000 -> 31536000000}. */
    String describe();

    /** A topic the definition has and the cluster lacks. */
    record Create(TopicSpec spec) implements TopicChange {
        @Override
        public String topic() {
            return spec.name();
        }

        @Override
        public String describe() {
            return "+ create " + spec.name() + ": partitions " + spec.partitions() + ", replication factor "
                    + spec.replicationFactor() + ", " + spec.configs().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    /** More partitions than the topic has now (keys hash to new partitions from then on). */
    record AddPartitions(String topic, int from, int to) implements TopicChange {
        @Override
        public String describe() {
            return "~ " + topic + ": partitions " + from + " -> " + to;
        }
    }

    /** A topic-level config whose value differs from the definition's. */
    record AlterConfig(String topic, String key, String from, String to) implements TopicChange {
        @Override
        public String describe() {
            return "~ " + topic + ": " + key + " " + from + " -> " + to;
        }
    }
}
