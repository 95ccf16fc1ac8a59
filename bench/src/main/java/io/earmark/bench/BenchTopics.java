package io.earmark.bench;

import io.earmark.streams.topology.TopicNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** Fresh topics for one pipeline run of the benchmark, named {@code bench.<run>.<topic>}. */
public final class BenchTopics {

    private static final String RETENTION = "retention.ms";
    private static final String KEEP = "-1";

    private BenchTopics() {
    }

    public static TopicNames named(String run) {
        String p = "bench." + run + ".";
        return new TopicNames(p + "funds", p + "movements", p + "assets", p + "alerts", p + "fund-status",
                p + "deadletter", p + "kickback-signals", p + "cases");
    }

    /**
     * Creates the inputs and outputs with {@code partitions}; the alerts topic stamps LogAppendTime when asked. Their
     * record timestamps are event times (years old for simulated events), so every topic keeps its records forever:
     * with the broker's default time retention the backlog would be deleted between two phases of the run.
     */
    public static void create(String bootstrap, TopicNames topics, int partitions, boolean logAppendTimeAlerts)
            throws InterruptedException {
        List<NewTopic> all = new ArrayList<>();
        for (String name : List.of(topics.funds(), topics.movements(), topics.assets(), topics.fundStatus(),
                topics.deadLetter())) {
            all.add(kept(name, partitions));
        }
        NewTopic alerts = kept(topics.alerts(), partitions);
        if (logAppendTimeAlerts) {
            alerts.configs(Map.of(RETENTION, KEEP, "message.timestamp.type", "LogAppendTime"));
        }
        all.add(alerts);
        createAll(bootstrap, all);
    }

    /** A topic with one replica whose records are never deleted for their age. */
    public static NewTopic kept(String name, int partitions) {
        return new NewTopic(name, partitions, (short) 1).configs(Map.of(RETENTION, KEEP));
    }

    public static void createAll(String bootstrap, List<NewTopic> topics) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(topics).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create benchmark topics: " + e.getCause().getMessage(), e);
        }
    }
}
