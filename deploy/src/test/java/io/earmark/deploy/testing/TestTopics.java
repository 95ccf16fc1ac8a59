package io.earmark.deploy.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Topics private to one test: a unique name, created with the given partition count (replication factor 1). */
public final class TestTopics {

    private TestTopics() {
    }

    /** {@code <prefix>-<random>}: never collides with another test's topic on the shared broker. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a topic named {@link #uniqueName(String)} and returns its name. */
    public static String create(KafkaStack stack, String prefix, int partitions) {
        String name = uniqueName(prefix);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            // record timestamps are event times (2024): time retention would delete them as soon as a segment rolls
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)
                    .configs(Map.of("retention.ms", "-1")))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("cannot create test topic " + name + " at " + stack.bootstrapServers(), e);
        }
        return name;
    }
}
