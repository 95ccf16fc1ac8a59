package io.earmark.deploy.testing;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The official {@code apache/kafka} image (same version as Earmark's Kafka clients, overridable with
 * {@code -D}{@value #IMAGE_PROPERTY}) as a Testcontainers broker configured like the in-JVM one: exactly-once
 * on one node, no rebalance delay, no auto-created topics. Only used where Docker exists.
 */
public final class ApacheKafkaContainer {
    public static final String IMAGE_PROPERTY = "earmark.it.kafka.image";

    private static KafkaContainer shared;

    private ApacheKafkaContainer() {
    }

    /** A new, not yet started container. */
    public static KafkaContainer create() {
        String image = System.getProperty(IMAGE_PROPERTY, "apache/kafka:" + AppInfoParser.getVersion());
        return new KafkaContainer(DockerImageName.parse(image))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_NUM_PARTITIONS", "6");
    }

    /** Starts one container for the whole JVM (Testcontainers' Ryuk removes it when the JVM ends). */
    static synchronized String startShared() {
        if (shared == null) {
            KafkaContainer container = create();
            container.start();
            shared = container;
        }
        return shared.getBootstrapServers();
    }
}
