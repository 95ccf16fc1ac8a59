package io.earmark.deploy.topics;

import io.earmark.deploy.TopicSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Compares a topics definition with a cluster, changing nothing. In: an Admin client (DESCRIBE and DESCRIBE_CONFIGS
 * on the topics) and the specs. Out: a {@link TopicPlan}: topics to create, partitions to add, topic configs
 * (cleanup.policy, retention.ms, min.insync.replicas when the spec sets it) to change; and notes for what apply
 * never does: fewer partitions than the cluster has, or a different replication factor.
 */
public final class TopicPlanner {
    static final long TIMEOUT_SECONDS = 30;

    private TopicPlanner() {
    }

    public static TopicPlan plan(Admin admin, Collection<TopicSpec> specs) {
        Set<String> existing = await(admin.listTopics().names(), "list topics");
        List<String> present = specs.stream().map(TopicSpec::name).filter(existing::contains).toList();
        Map<String, TopicDescription> descriptions = present.isEmpty() ? Map.of()
                : await(admin.describeTopics(present).allTopicNames(), "describe topics " + present);
        Map<ConfigResource, Config> configs = present.isEmpty() ? Map.of()
                : await(admin.describeConfigs(present.stream()
                        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all(), "describe topic configs");
        List<TopicChange> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (TopicSpec spec : specs) {
            if (!existing.contains(spec.name())) {
                changes.add(new TopicChange.Create(spec));
                continue;
            }
            compare(spec, descriptions.get(spec.name()),
                    configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name())), changes, notes);
        }
        return new TopicPlan(changes, notes);
    }

    private static void compare(TopicSpec spec, TopicDescription description, Config config,
                                List<TopicChange> changes, List<String> notes) {
        int partitions = description.partitions().size();
        if (partitions < spec.partitions()) {
            changes.add(new TopicChange.AddPartitions(spec.name(), partitions, spec.partitions()));
        } else if (partitions > spec.partitions()) {
            notes.add(spec.name() + " has " + partitions + " partitions, the definition asks for " + spec.partitions()
                    + ": partitions are never removed, left at " + partitions);
        }
        int replicas = description.partitions().get(0).replicas().size();
        if (replicas != spec.replicationFactor()) {
            notes.add(spec.name() + " has replication factor " + replicas + ", the definition asks for "
                    + spec.replicationFactor() + ": apply does not move replicas (use kafka-reassign-partitions)");
        }
        spec.configs().forEach((key, wanted) -> {
            ConfigEntry entry = config.get(key);
            String actual = entry == null ? null : entry.value();
            if (!wanted.equals(actual)) {
                changes.add(new TopicChange.AlterConfig(spec.name(), key, actual, wanted));
            }
        });
    }

    static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot " + what + " within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + what, e);
        }
    }
}
