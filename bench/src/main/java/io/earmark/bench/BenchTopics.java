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

    private BenchTopics() {
    }

    public static TopicNames named(String run) {
        String p = "bench." + run + ".";
        return new TopicNames(p + "funds", p + "movements", p + "assets", p + "alerts", p + "fund-status",
                p + "deadletter", p + "kickback-signals");
    }

    /** Creates the inputs and outputs with {@code partitions}; the alerts topic stamps LogAppendTime when asked. */
    public static void create(String bootstrap, TopicNames topics, int partitions, boolean logAppendTimeAlerts)
            throws InterruptedException {
        List<NewTopic> all = new ArrayList<>();
        for (String name : List.of(topics.funds(), topics.movements(), topics.assets(), topics.fundStatus(),
                topics.deadLetter())) {
            all.add(new NewTopic(name, partitions, (short) 1));
        }
        NewTopic alerts = new NewTopic(topics.alerts(), partitions, (short) 1);
        if (logAppendTimeAlerts) {
            alerts.configs(Map.of("message.timestamp.type", "LogAppendTime"));
        }
        all.add(alerts);
        createAll(bootstrap, all);
    }

    public static void createAll(String bootstrap, List<NewTopic> topics) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(topics).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create benchmark topics: " + e.getCause().getMessage(), e);
        }
    }
}
