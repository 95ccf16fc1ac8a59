package io.earmark.deploy.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.earmark.deploy.TopicSpec;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.deploy.testing.TestTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code topics apply} against the real broker: the plan shows creates, added partitions and config changes; applying
 * it makes them; a second plan finds nothing; fewer partitions or another replication factor are reported, never
 * applied. Each test owns uniquely named topics on the shared broker.
 */
@ExtendWith(KafkaStackExtension.class)
class TopicsApplyIT {
    private Admin admin;
    private String a;
    private String b;

    @BeforeEach
    void connect(KafkaStack stack) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
        a = TestTopics.uniqueName("apply-a");
        b = TestTopics.uniqueName("apply-b");
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    @Test
    void shouldCreateMissingTopicsThenFindNoChange() throws Exception {
        List<TopicSpec> specs = List.of(new TopicSpec(a, 2, (short) 1, "delete", 86_400_000L, 1),
                new TopicSpec(b, 1, (short) 1, "compact", -1));

        TopicPlan first = TopicPlanner.plan(admin, specs);
        int applied = TopicPlanApplier.apply(admin, first);
        // A topic just created may not show its configs to the next describe yet (the broker applies them
        // asynchronously): plan again until it does, then the plan must be empty.
        TopicPlan second = await("the created topics' configs visible").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> TopicPlanner.plan(admin, specs), TopicPlan::noChange);

        assertThat(first.describe()).containsExactly(
                "+ create " + a + ": partitions 2, replication factor 1, cleanup.policy=delete, retention.ms=86400000,"
                        + " min.insync.replicas=1",
                "+ create " + b + ": partitions 1, replication factor 1, cleanup.policy=compact, retention.ms=-1",
                "2 change(s).");
        assertThat(applied).isEqualTo(2);
        assertThat(second.noChange()).isTrue();
        assertThat(second.describe()).containsExactly("No change.");
        settled(() -> {
            assertThat(partitions(a)).isEqualTo(2);
            assertThat(config(b).get("cleanup.policy").value()).isEqualTo("compact");
        });
    }

    @Test
    void shouldAddPartitionsAndChangeConfigsButNeverRemovePartitionsOrMoveReplicas() throws Exception {
        // Given: a with 1 partition and the broker's retention; b with 3 partitions and cleanup.policy=delete
        admin.createTopics(List.of(new NewTopic(a, 1, (short) 1), new NewTopic(b, 3, (short) 1)))
                .all().get(30, TimeUnit.SECONDS);
        String brokerRetention = await("the created topics visible").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(java.util.concurrent.ExecutionException.class)
                .until(() -> config(a).get("retention.ms").value(), java.util.Objects::nonNull);
        settled(() -> assertThat(config(b).get("cleanup.policy").value()).isEqualTo("delete"));
        List<TopicSpec> specs = List.of(new TopicSpec(a, 2, (short) 1, "delete", 3_600_000L),
                new TopicSpec(b, 2, (short) 3, "compact", -1));

        // When
        TopicPlan plan = TopicPlanner.plan(admin, specs);
        TopicPlanApplier.apply(admin, plan);
        TopicPlan after = await("the changed topics visible").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> TopicPlanner.plan(admin, specs), TopicPlan::noChange);

        // Then
        assertThat(plan.changes()).containsExactly(
                new TopicChange.AddPartitions(a, 1, 2),
                new TopicChange.AlterConfig(a, "retention.ms", brokerRetention, "3600000"),
                new TopicChange.AlterConfig(b, "cleanup.policy", "delete", "compact"),
                new TopicChange.AlterConfig(b, "retention.ms", brokerRetention, "-1"));
        assertThat(plan.notes()).containsExactly(
                b + " has 3 partitions, the definition asks for 2: partitions are never removed, left at 3",
                b + " has replication factor 1, the definition asks for 3: apply does not move replicas"
                        + " (use kafka-reassign-partitions)");
        settled(() -> {
            assertThat(partitions(a)).isEqualTo(2);
            assertThat(partitions(b)).isEqualTo(3);
            assertThat(config(a).get("retention.ms").value()).isEqualTo("3600000");
            assertThat(config(b).get("cleanup.policy").value()).isEqualTo("compact");
        });
        assertThat(after.noChange()).isTrue();
        assertThat(after.notes()).isEqualTo(plan.notes());
        assertThat(after.describe()).last().isEqualTo("No change.");
    }

    /**
     * The broker makes a topic it just created or changed visible to describe calls a moment later: the checks hold
     * once it has (a topic not known yet counts as not settled).
     */
    private static void settled(org.awaitility.core.ThrowingRunnable checks) {
        await("the broker's view of the topics").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(java.util.concurrent.ExecutionException.class).untilAsserted(checks);
    }

    private int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
    }

    private Config config(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
    }
}
