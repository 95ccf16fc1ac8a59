package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.deploy.testing.TestTopics;
import io.earmark.schemas.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Topics as code against the real broker: the definition's topics created once, existing ones left alone. */
@ExtendWith(KafkaStackExtension.class)
class TopicCreatorIT {
    private Admin admin;
    private List<TopicSpec> specs;

    @BeforeEach
    void connect(KafkaStack stack) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
        // The definition's topics under a unique prefix, so that this test owns them on the shared broker.
        String prefix = TestTopics.uniqueName("tc") + ".";
        specs = TopicsDefinition.load().withPartitions(2).topics().stream()
                .map(t -> new TopicSpec(prefix + t.name(), t.partitions(), t.replicationFactor(), t.cleanupPolicy(), t.retentionMs()))
                .toList();
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    @Test
    void shouldCreateEveryTopicWithItsPartitionsCleanupPolicyAndRetention() throws Exception {
        List<String> created = TopicCreator.createMissing(admin, specs);

        assertThat(created).containsExactlyInAnyOrderElementsOf(specs.stream().map(TopicSpec::name).toList());
        for (TopicSpec spec : specs) {
            assertThat(describe(spec.name()).partitions()).hasSize(2);
            Config config = config(spec.name());
            assertThat(config.get("cleanup.policy").value()).isEqualTo(spec.cleanupPolicy());
            assertThat(config.get("retention.ms").value()).isEqualTo(String.valueOf(spec.retentionMs()));
        }
        assertThat(config(nameEndingWith(Topics.FUND_STATUS)).get("cleanup.policy").value()).isEqualTo("compact");
    }

    @Test
    void shouldLeaveExistingTopicsAsTheyAreAndCreateNothingTheSecondTime() throws Exception {
        String existing = nameEndingWith(Topics.MOVEMENTS);
        admin.createTopics(List.of(new NewTopic(existing, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);

        List<String> first = TopicCreator.createMissing(admin, specs);
        List<String> second = TopicCreator.createMissing(admin, specs);

        assertThat(first).hasSize(specs.size() - 1).doesNotContain(existing);
        assertThat(second).isEmpty();
        assertThat(describe(existing).partitions()).hasSize(1);
        assertThat(config(existing).get("cleanup.policy").value()).isEqualTo("delete");
    }

    private String nameEndingWith(String topic) {
        return specs.stream().map(TopicSpec::name).filter(n -> n.endsWith("." + topic)).findFirst().orElseThrow();
    }

    private TopicDescription describe(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
    }

    private Config config(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
    }
}
