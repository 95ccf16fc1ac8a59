package io.earmark.streams.replay;

import io.earmark.streams.topology.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates a case's topics before its replay: the three inputs with the given partition count (the pipeline needs them
 * co-partitioned), the alerts, fund-status (compacted) and dead-letter outputs, and the pipeline's kickback-signals
 * topic. Every one keeps its records forever ({@code retention.ms=-1}): record timestamps are event times, usually
 * far in the past, and with the broker's default time retention a replay's input and output would be deleted while
 * it runs. A case is never re-used: if one of its topics exists already the replay stops before writing anything, so
 * a replay's output only ever holds that replay's alerts.
 */
public final class CaseTopics {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private CaseTopics() {
    }

    public static void createInputs(Admin admin, TopicNames topics, int partitions) throws InterruptedException {
        create(admin, List.of(topic(topics.funds(), partitions), topic(topics.movements(), partitions),
                topic(topics.assets(), partitions)));
    }

    public static void createOutputs(Admin admin, TopicNames topics, int partitions) throws InterruptedException {
        NewTopic status = new NewTopic(topics.fundStatus(), Optional.of(partitions), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        create(admin, List.of(topic(topics.alerts(), partitions), status, topic(topics.deadLetter(), 1),
                topic(topics.kickbackSignals(), partitions), topic(topics.cases(), partitions)));
    }

    /** The partition count of a topic. */
    public static int partitionsOf(Admin admin, String topic) throws InterruptedException {
        return describe(admin, List.of(topic)).get(topic).partitions().size();
    }

    static Map<String, TopicDescription> describe(Admin admin, List<String> names) throws InterruptedException {
        try {
            return admin.describeTopics(names).allTopicNames().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + names + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void create(Admin admin, List<NewTopic> wanted) throws InterruptedException {
        Set<String> existing;
        try {
            existing = admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
        }
        List<String> clash = new ArrayList<>();
        wanted.stream().map(NewTopic::name).filter(existing::contains).forEach(clash::add);
        if (!clash.isEmpty()) {
            throw new IllegalStateException("the case's topics exist already: " + clash
                    + "; choose another case name (a case is replayed once)");
        }
        try {
            admin.createTopics(wanted).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create " + wanted.stream().map(NewTopic::name).toList() + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
        awaitLeaders(admin, wanted.stream().map(NewTopic::name).toList());
    }

    /**
     * Returns once every partition of the new topics answers a list-offsets request, which only its leader does.
     * A producer that starts before that gets NOT_LEADER_OR_FOLLOWER, and its idempotent retries can then wedge on
     * a sequence the broker no longer expects.
     */
    private static void awaitLeaders(Admin admin, List<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> query = new HashMap<>();
                describe(admin, names).forEach((name, d) -> d.partitions()
                        .forEach(p -> query.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
                admin.listOffsets(query).all().get();
                return;
            } catch (ExecutionException | IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the case's topics " + names + " have no leaders after "
                            + READY_TIMEOUT, e);
                }
                Thread.sleep(50);
            }
        }
    }

    private static NewTopic topic(String name, int partitions) {
        return new NewTopic(name, Optional.of(partitions), Optional.empty())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }
}
