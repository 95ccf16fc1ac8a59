package io.earmark.bench;

import io.earmark.streams.topology.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the broker appended for one pipeline run, per kind of topic: the data records (read back, read_uncommitted,
 * so aborted ones count too), the transaction markers (offsets that are not records) and the bytes in the log. In:
 * the run's application id (its changelog and repartition topics carry it as a prefix) and its output topics (alerts,
 * fund status, dead letters; the kickback signals count as a hop between stages). Out: the tallies, which the bench
 * divides by the input events. This is the design's work made visible without a stopwatch.
 */
public record BrokerWork(Map<Kind, Tally> byKind, Map<String, Tally> byTopic) {

    /** What a topic is for. */
    public enum Kind { REPARTITION, CHANGELOG, OUTPUT }

    /** Data records, transaction markers and bytes appended to the topics of one kind. */
    public record Tally(long records, long markers, long bytes) {
        static final Tally ZERO = new Tally(0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(records + other.records, markers + other.markers, bytes + other.bytes);
        }
    }

    public static final BrokerWork NONE = new BrokerWork(Map.of(), Map.of());
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    public Tally total() {
        return byKind.values().stream().reduce(Tally.ZERO, Tally::plus);
    }

    public static BrokerWork measure(String bootstrap, String applicationId, TopicNames topics)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<String, Kind> kinds = new HashMap<>();
            for (String topic : admin.listTopics().names().get()) {
                kindOf(topic, applicationId, topics).ifPresent(kind -> kinds.put(topic, kind));
            }
            Map<TopicPartition, Long> sizes = logSizes(admin);
            Map<Kind, Tally> byKind = new EnumMap<>(Kind.class);
            Map<String, Tally> byTopic = new TreeMap<>();
            for (Map.Entry<String, Kind> entry : kinds.entrySet()) {
                Tally tally = tally(bootstrap, entry.getKey(), sizes);
                byKind.merge(entry.getValue(), tally, Tally::plus);
                byTopic.put(shortName(entry.getKey(), applicationId), tally);
            }
            return new BrokerWork(byKind, byTopic);
        }
    }

    static Optional<Kind> kindOf(String topic, String applicationId, TopicNames topics) {
        if (topic.startsWith(applicationId + "-") && topic.endsWith("-changelog")) {
            return Optional.of(Kind.CHANGELOG);
        }
        if (topic.startsWith(applicationId + "-") && topic.endsWith("-repartition")
                || topic.equals(topics.kickbackSignals())) {
            return Optional.of(Kind.REPARTITION);
        }
        if (Set.of(topics.alerts(), topics.fundStatus(), topics.deadLetter()).contains(topic)) {
            return Optional.of(Kind.OUTPUT);
        }
        return Optional.empty();
    }

    /** A topic's name without the run's application id, so that the runs' figures line up by store and hop. */
    static String shortName(String topic, String applicationId) {
        return topic.startsWith(applicationId + "-") ? topic.substring(applicationId.length() + 1) : topic;
    }

    private static Map<TopicPartition, Long> logSizes(Admin admin) throws ExecutionException, InterruptedException {
        List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(n -> n.id()).toList();
        Map<TopicPartition, Long> sizes = new HashMap<>();
        for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
            for (LogDirDescription dir : dirs.values()) {
                for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                    sizes.merge(replica.getKey(), replica.getValue().size(), Long::sum);
                }
            }
        }
        return sizes;
    }

    /** Reads the topic from its first offset to its end and counts what it holds. */
    private static Tally tally(String bootstrap, String topic, Map<TopicPartition, Long> sizes) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long records = 0;
            long bytes = 0;
            for (TopicPartition p : partitions) {
                bytes += sizes.getOrDefault(p, 0L);
            }
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end in " + READ_TIMEOUT);
                }
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
                records += batch.count();
            }
            long offsets = partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
            return new Tally(records, offsets - records, bytes);
        }
    }
}
