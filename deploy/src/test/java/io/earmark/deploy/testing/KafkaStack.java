package io.earmark.deploy.testing;

/**
 * What an integration test needs from the running stack: the Kafka bootstrap servers and the schema registry's
 * base URL (Confluent REST API). Get the shared one with {@link SharedStack#get()} or by declaring a
 * {@code KafkaStack} parameter in a test class extended with {@link KafkaStackExtension}.
 */
public interface KafkaStack {

    String bootstrapServers();

    String registryUrl();

    static KafkaStack of(String bootstrapServers, String registryUrl) {
        return new Addresses(bootstrapServers, registryUrl);
    }

    /** A plain pair of addresses. */
    record Addresses(String bootstrapServers, String registryUrl) implements KafkaStack {
    }
}
