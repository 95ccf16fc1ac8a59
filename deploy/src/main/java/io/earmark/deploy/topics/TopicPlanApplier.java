package io.earmark.deploy.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Makes the changes of a {@link TopicPlan}: creates topics, adds partitions ({@code createPartitions}) and sets topic
 * configs ({@code incrementalAlterConfigs}). In: an Admin client (CREATE, ALTER, ALTER_CONFIGS on the topics) and the
 * plan. Out: the number of changes made; it returns once the broker acknowledged every one of them. It never
 * deletes a topic or removes partitions: no {@link TopicChange} can ask for that.
 */
public final class TopicPlanApplier {

    private TopicPlanApplier() {
    }

    public static int apply(Admin admin, TopicPlan plan) {
        List<NewTopic> creates = new ArrayList<>();
        Map<String, NewPartitions> partitions = new LinkedHashMap<>();
        Map<ConfigResource, Collection<AlterConfigOp>> configs = new LinkedHashMap<>();
        for (TopicChange change : plan.changes()) {
            if (change instanceof TopicChange.Create create) {
                creates.add(create.spec().newTopic());
            } else if (change instanceof TopicChange.AddPartitions add) {
                partitions.put(add.topic(), NewPartitions.increaseTo(add.to()));
            } else if (change instanceof TopicChange.AlterConfig alter) {
                configs.computeIfAbsent(new ConfigResource(ConfigResource.Type.TOPIC, alter.topic()), r -> new ArrayList<>())
                        .add(new AlterConfigOp(new ConfigEntry(alter.key(), alter.to()), AlterConfigOp.OpType.SET));
            }
        }
        if (!creates.isEmpty()) {
            TopicPlanner.await(admin.createTopics(creates).all(), "create topics");
        }
        if (!partitions.isEmpty()) {
            TopicPlanner.await(admin.createPartitions(partitions).all(), "add partitions " + partitions.keySet());
        }
        if (!configs.isEmpty()) {
            TopicPlanner.await(admin.incrementalAlterConfigs(configs).all(), "change topic configs");
        }
        return plan.changes().size();
    }
}
