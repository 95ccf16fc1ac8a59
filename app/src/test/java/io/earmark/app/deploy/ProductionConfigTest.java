package io.earmark.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.deploy.TopicSpec;
import io.earmark.deploy.TopicsDefinition;
import io.earmark.deploy.acl.AclsDefinition;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.rules.RuleBookLoader;
import io.earmark.streams.topology.TopicNames;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production configuration of deploy/config agrees with the code: every key is one Kafka Streams, a Kafka
 * client or Earmark knows; every topic it names is in the topics definition; the ConfigMap carries the same files;
 * the production topics are the repo's topics with three replicas; the ACLs name only known topics.
 */
class ProductionConfigTest {
    private static final Pattern TOPIC = Pattern.compile("earmark\\.[a-z-]+(\\.[a-z-]+)?\\.v\\d+");
    private static final List<String> STREAMS_CLIENT_PREFIXES = List.of(StreamsConfig.MAIN_CONSUMER_PREFIX,
            StreamsConfig.RESTORE_CONSUMER_PREFIX, StreamsConfig.GLOBAL_CONSUMER_PREFIX, StreamsConfig.CONSUMER_PREFIX,
            StreamsConfig.PRODUCER_PREFIX, StreamsConfig.ADMIN_CLIENT_PREFIX);

    private final Properties pipeline = RepoFiles.properties("deploy/config/pipeline.properties");
    private final TopicsDefinition topics = TopicsDefinition.load();
    private final Manifests manifests = Manifests.load();

    @Test
    void shouldRunExactlyOnceWithThreeReplicasTwoInSyncAndOneStandby() {
        assertThat(pipeline).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "3")
                .containsEntry(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), "2")
                .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, "1")
                .containsEntry(PipelineConfig.INTERNAL_REPLICATION, "3")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(pipeline.getProperty("bootstrap.servers").split(",")).hasSize(3)
                .allSatisfy(server -> assertThat(HostInfo.buildFromEndpoint(server).port()).isEqualTo(9093));
        assertThat(pipeline.getProperty("sasl.jaas.config")).contains("username=\"earmark-pipeline\"")
                .contains("password=\"${secrets:");
    }

    @Test
    void shouldUseOnlyKeysThatKafkaStreamsItsClientsOrEarmarkKnow() {
        Set<String> earmarkKeys = earmarkKeys();
        Set<String> streamsKeys = StreamsConfig.configDef().names();
        List<String> unknown = new ArrayList<>();
        for (String key : pipeline.stringPropertyNames()) {
            boolean known = key.startsWith("earmark.") ? earmarkKeys.contains(key) || isTopicOverride(key)
                    : streamsKeys.contains(key) || isClientKey(key) || isClientOverride(key) || isTopicConfig(key)
                    || isConfigProvider(key);
            if (!known) {
                unknown.add(key);
            }
        }
        assertThat(unknown).as("keys neither Kafka Streams, its clients nor Earmark know").isEmpty();
        assertThat(earmarkKeys).as("PipelineConfig declares the HTTP port the manifests use").contains("earmark.http.port");
    }

    @Test
    void shouldUseOnlyProducerKeysForTheTickerAndBankAndConsumerKeysForTheDashboard() {
        for (String file : List.of("ticker.properties", "bank-producer.properties")) {
            RepoFiles.properties("deploy/config/" + file).stringPropertyNames().forEach(key ->
                    assertThat(ProducerConfig.configNames().contains(key) || isConfigProvider(key)).as(file + ": " + key).isTrue());
        }
        RepoFiles.properties("deploy/config/dashboard-consumer.properties").stringPropertyNames().forEach(key ->
                assertThat(ConsumerConfig.configNames().contains(key) || isConfigProvider(key)).as(key).isTrue());
        RepoFiles.properties("deploy/config/admin.properties").stringPropertyNames().forEach(key ->
                assertThat(AdminClientConfig.configNames().contains(key) || isConfigProvider(key)).as(key).isTrue());
    }

    @Test
    void shouldCarryTheSamePropertiesFilesInTheConfigMaps() {
        assertThat(RepoFiles.parse(Manifests.at(manifests.get("ConfigMap", "earmark-pipeline"), "data/pipeline.properties")))
                .isEqualTo(pipeline);
        assertThat(RepoFiles.parse(Manifests.at(manifests.get("ConfigMap", "earmark-ticker"), "data/ticker.properties")))
                .isEqualTo(RepoFiles.properties("deploy/config/ticker.properties"));
    }

    @Test
    void shouldShipAVersionedRulesFileThePipelineLoads(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, Manifests.at(manifests.get("ConfigMap", "earmark-rules"), "data/rules.yaml"));

        assertThat(RuleBookLoader.fromFile(rules).version()).isNotBlank();
    }

    @Test
    void shouldNameOnlyTopicsOfTheTopicsDefinitionOrThePipelinesOwnFeedbackTopic() throws Exception {
        Set<String> known = new HashSet<>(topics.names());
        known.add(TopicNames.live().kickbackSignals());
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(RepoFiles.path("deploy/config")), Files.list(RepoFiles.path(Manifests.DIR)))) {
            files.forEach(f -> sources.add(RepoFiles.read(RepoFiles.path("").relativize(f).toString())));
        }
        sources.add(RepoFiles.read("deploy/src/main/resources/" + AclsDefinition.RESOURCE));
        Set<String> named = new HashSet<>();
        sources.forEach(text -> {
            Matcher m = TOPIC.matcher(text);
            while (m.find()) {
                named.add(m.group());
            }
        });
        TopicNames live = TopicNames.live();

        assertThat(named).isNotEmpty().isSubsetOf(known);
        assertThat(known).containsAll(List.of(live.funds(), live.movements(), live.assets(), live.alerts(),
                live.fundStatus(), live.deadLetter()));
    }

    @Test
    void shouldDefineTheSameTopicsForProductionWithThreeReplicasAndTwoInSync() {
        TopicsDefinition production = TopicsDefinition.load(RepoFiles.path("deploy/config/topics-production.yaml"));

        assertThat(production.names()).isEqualTo(topics.names());
        for (TopicSpec spec : production.topics()) {
            TopicSpec repo = topics.topic(spec.name());
            assertThat(spec.cleanupPolicy()).isEqualTo(repo.cleanupPolicy());
            assertThat(spec.retentionMs()).isEqualTo(repo.retentionMs());
            assertThat(spec.replicationFactor()).isEqualTo((short) 3);
            assertThat(spec.minInsyncReplicas()).isEqualTo(2);
        }
        assertThat(production.topics()).extracting(TopicSpec::partitions).containsOnly(production.topics().get(0).partitions());
    }

    /** The {@code earmark.*} keys PipelineConfig declares as constants. */
    private static Set<String> earmarkKeys() {
        Set<String> keys = new HashSet<>();
        for (Field field : PipelineConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value.startsWith("earmark.")) {
                        keys.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    private static boolean isTopicOverride(String key) {
        return key.matches("earmark\\.topic\\.(funds|movements|assets|alerts|fund-status|deadletter|kickback-signals|cases)");
    }

    /** A key Kafka Streams hands to its clients as it is (security settings, for example). */
    private static boolean isClientKey(String key) {
        return ProducerConfig.configNames().contains(key) || ConsumerConfig.configNames().contains(key)
                || AdminClientConfig.configNames().contains(key);
    }

    /** {@code main.consumer.}, {@code producer.}, ... + a client key: for one kind of Kafka Streams' clients. */
    private static boolean isClientOverride(String key) {
        return STREAMS_CLIENT_PREFIXES.stream().anyMatch(p -> key.startsWith(p) && isClientKey(key.substring(p.length())));
    }

    private static boolean isTopicConfig(String key) {
        if (!key.startsWith(StreamsConfig.TOPIC_PREFIX)) {
            return false;
        }
        String rest = key.substring(StreamsConfig.TOPIC_PREFIX.length());
        for (Field field : TopicConfig.class.getFields()) {
            try {
                if (field.getName().endsWith("_CONFIG") && rest.equals(field.get(null))) {
                    return true;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    private static boolean isConfigProvider(String key) {
        return key.equals("config.providers") || key.matches("config\\.providers\\.[A-Za-z0-9_-]+\\.(class|param\\..+)");
    }
}
