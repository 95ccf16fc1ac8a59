package io.earmark.streams.app;

import io.earmark.streams.topology.TopicNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns at startup about topics that delete records by age. Earmark's record timestamps are event times (a replay of
 * 2024 events stamps them 2024), so a topic with time retention drops such records as soon as a segment rolls: input
 * the pipeline has not read yet, alerts an ops dashboard has not seen. The contract's topics keep records forever
 * ({@code retention.ms=-1}) or are compacted. A warning, not a refusal: an operator may have chosen it knowingly.
 */
final class TimeRetentionCheck {
    private static final Logger LOG = LoggerFactory.getLogger(TimeRetentionCheck.class);

    private TimeRetentionCheck() {
    }

    /** Logs one warning per offending topic; a failure to read the configs is logged and ignored. */
    static void warn(Admin admin, TopicNames topics) {
        List<String> names = List.of(topics.funds(), topics.movements(), topics.assets(), topics.alerts(),
                topics.deadLetter(), topics.kickbackSignals(), topics.cases());
        try {
            List<ConfigResource> resources = names.stream()
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            Map<String, Config> byName = configs.entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
            offending(byName).forEach(LOG::warn);
        } catch (ExecutionException | TimeoutException e) {
            LOG.info("Could not check the topics' retention: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The warnings for topics whose cleanup policy deletes by time; empty when every topic keeps its records. */
    static List<String> offending(Map<String, Config> configs) {
        List<String> warnings = new ArrayList<>();
        configs.forEach((topic, config) -> {
            String policy = value(config, TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            long retention = Long.parseLong(value(config, TopicConfig.RETENTION_MS_CONFIG, "-1"));
            if (policy.contains(TopicConfig.CLEANUP_POLICY_DELETE) && retention >= 0) {
                warnings.add("Topic " + topic + " deletes records older than " + retention + " ms by timestamp, and "
                        + "Earmark's timestamps are event times: old-dated events and alerts can vanish before they "
                        + "are read. Set retention.ms=-1 (see deploy/src/main/resources/earmark/topics.yaml).");
            }
        });
        warnings.sort(null);
        return warnings;
    }

    private static String value(Config config, String name, String fallback) {
        ConfigEntry entry = config.get(name);
        return entry == null || entry.value() == null ? fallback : entry.value();
    }
}
