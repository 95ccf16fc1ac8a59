package io.earmark.streams.app;

import io.earmark.streams.topology.TopicNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Checks the input topics before the pipeline starts: they must exist and be co-partitioned (every stage expects a
 * watermark from each partition, so the count is part of the topology). Creates the pipeline's feedback topic with
 * the same count when it is missing.
 */
final class InputPartitions {

    private InputPartitions() {
    }

    static int verify(Admin admin, TopicNames topics, short replication) throws InterruptedException {
        List<String> inputs = List.of(topics.funds(), topics.movements(), topics.assets());
        Map<String, TopicDescription> described;
        try {
            described = admin.describeTopics(inputs).allTopicNames().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("input topics " + inputs + " must exist before the pipeline starts: "
                    + e.getCause().getMessage(), e.getCause());
        }
        Set<Integer> counts = described.values().stream().map(d -> d.partitions().size())
                .collect(java.util.stream.Collectors.toSet());
        if (counts.size() != 1) {
            throw new IllegalStateException("input topics must have the same partition count, found " + counts);
        }
        int partitions = counts.iterator().next();
        createIfMissing(admin, topics.kickbackSignals(), partitions, replication);
        createIfMissing(admin, topics.cases(), partitions, replication);
        return partitions;
    }

    private static void createIfMissing(Admin admin, String topic, int partitions, short replication)
            throws InterruptedException {
        NewTopic newTopic = new NewTopic(topic, Optional.of(partitions),
                replication > 0 ? Optional.of(replication) : Optional.empty())
                // record timestamps are event times, possibly old: time retention would delete unread signals
                .configs(Map.of("retention.ms", "-1"));
        try {
            admin.createTopics(List.of(newTopic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
        }
        awaitVisible(admin, topic);
    }

    /** A new topic reaches every broker's metadata a moment after it is created; Kafka Streams must not start before. */
    private static void awaitVisible(Admin admin, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                admin.describeTopics(List.of(topic)).allTopicNames().get();
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + topic + " was created but never became visible",
                            e.getCause());
                }
                Thread.sleep(100);
            }
        }
    }
}
