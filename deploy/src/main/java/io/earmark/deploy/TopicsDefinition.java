package io.earmark.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Earmark's topics as code. In: the YAML definition {@value #RESOURCE} on the classpath (the one in the repo:
 * deploy/src/main/resources/earmark/topics.yaml) or a file. Out: one {@link TopicSpec} per topic, in file order;
 * partitions, replication factor and min.insync.replicas can be overridden for every topic at once (they stay
 * co-partitioned).
 */
public final class TopicsDefinition {
    public static final String RESOURCE = "earmark/topics.yaml";

    private final List<TopicSpec> topics;

    private TopicsDefinition(List<TopicSpec> topics) {
        this.topics = List.copyOf(topics);
    }

    /** The definition shipped in the repo. */
    public static TopicsDefinition load() {
        try (InputStream in = TopicsDefinition.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static TopicsDefinition load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public List<TopicSpec> topics() {
        return topics;
    }

    public TopicSpec topic(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no topic " + name + " in the topics definition"));
    }

    public List<String> names() {
        return topics.stream().map(TopicSpec::name).toList();
    }

    /** The same topics with {@code partitions} partitions each. */
    public TopicsDefinition withPartitions(int partitions) {
        return new TopicsDefinition(topics.stream().map(t -> t.withPartitions(partitions)).toList());
    }

    /** The same topics with {@code factor} replicas each (a production cluster). */
    public TopicsDefinition withReplicationFactor(short factor) {
        return new TopicsDefinition(topics.stream().map(t -> t.withReplicationFactor(factor)).toList());
    }

    /** The same topics with min.insync.replicas {@code count} each (0: the broker's default). */
    public TopicsDefinition withMinInsyncReplicas(int count) {
        return new TopicsDefinition(topics.stream().map(t -> t.withMinInsyncReplicas(count)).toList());
    }

    @SuppressWarnings("unchecked")
    private static TopicsDefinition parse(InputStream in, String source) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        try {
            Map<String, Object> defaults = (Map<String, Object>) root.getOrDefault("defaults", Map.of());
            int partitions = number(defaults, "partitions", EmbeddedKafkaBroker.DEFAULT_PARTITIONS).intValue();
            short replication = number(defaults, "replicationFactor", 1).shortValue();
            int minInsync = number(defaults, "minInsyncReplicas", 0).intValue();
            List<Map<String, Object>> entries = (List<Map<String, Object>>) root.get("topics");
            return new TopicsDefinition(entries.stream().map(t -> new TopicSpec(
                    (String) t.get("name"),
                    number(t, "partitions", partitions).intValue(),
                    number(t, "replicationFactor", replication).shortValue(),
                    (String) t.get("cleanupPolicy"),
                    number(t, "retentionMs", -1).longValue(),
                    number(t, "minInsyncReplicas", minInsync).intValue())).toList());
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("malformed topics definition " + source + ": " + e.getMessage(), e);
        }
    }

    private static Number number(Map<String, Object> map, String key, Number fallback) {
        Object value = map.get(key);
        return value == null ? fallback : (Number) value;
    }
}
