package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsDefinitionTest {

    @Test
    void shouldListTheSevenTopicsOfTheContractWithSixPartitionsEach() {
        TopicsDefinition definition = TopicsDefinition.load();

        assertThat(definition.names()).containsExactlyInAnyOrder(
                Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS, Topics.ALERTS, Topics.FUND_STATUS, Topics.DEADLETTER,
                Topics.CASES);
        assertThat(definition.topics()).allSatisfy(t -> assertThat(t.partitions()).isEqualTo(6));
    }

    @Test
    void shouldCompactOnlyTheFundStatusTopic() {
        TopicsDefinition definition = TopicsDefinition.load();

        assertThat(definition.topic(Topics.FUND_STATUS).cleanupPolicy()).isEqualTo("compact");
        assertThat(definition.topics()).filteredOn(t -> !t.name().equals(Topics.FUND_STATUS))
                .hasSize(6)
                .allSatisfy(t -> assertThat(t.cleanupPolicy()).isEqualTo("delete"));
    }

    @Test
    void shouldOverridePartitionsAndReplicationForEveryTopicAtOnce() {
        TopicsDefinition definition = TopicsDefinition.load().withPartitions(12).withReplicationFactor((short) 3);

        assertThat(definition.topics()).hasSize(7).allSatisfy(t -> {
            assertThat(t.partitions()).isEqualTo(12);
            assertThat(t.replicationFactor()).isEqualTo((short) 3);
        });
    }

    @Test
    void shouldTakeTopicLevelValuesOverDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topics.yaml");
        Files.writeString(file, """
                defaults: {partitions: 4, replicationFactor: 2}
                topics:
                  - {name: a, cleanupPolicy: delete, retentionMs: 1000}
                  - {name: b, cleanupPolicy: compact, partitions: 1}
                """);

        TopicsDefinition definition = TopicsDefinition.load(file);

        assertThat(definition.topic("a")).isEqualTo(new TopicSpec("a", 4, (short) 2, "delete", 1000));
        assertThat(definition.topic("b")).isEqualTo(new TopicSpec("b", 1, (short) 2, "compact", -1));
    }

    @Test
    void shouldReadMinInsyncReplicasAndKeepItWithinTheReplicationFactor(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topics.yaml");
        Files.writeString(file, """
                defaults: {partitions: 6, replicationFactor: 3, minInsyncReplicas: 2}
                topics:
                  - {name: a, cleanupPolicy: delete}
                """);

        TopicsDefinition definition = TopicsDefinition.load(file);

        assertThat(definition.topic("a").minInsyncReplicas()).isEqualTo(2);
        assertThat(definition.topic("a").configs()).containsEntry("min.insync.replicas", "2");
        assertThat(definition.withReplicationFactor((short) 1).topic("a").minInsyncReplicas()).isEqualTo(1);
        assertThat(TopicsDefinition.load().topics()).allSatisfy(t ->
                assertThat(t.configs()).doesNotContainKey("min.insync.replicas"));
    }

    @Test
    void shouldRejectAnUnknownCleanupPolicyNamingTheTopic(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topics.yaml");
        Files.writeString(file, "topics:\n  - {name: a, cleanupPolicy: forever}\n");

        assertThatThrownBy(() -> TopicsDefinition.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a: cleanupPolicy must be delete or compact");
    }
}
