package io.earmark.streams.replay;

import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Where a replay runs: the Kafka bootstrap servers, the schema registry, and client settings every Kafka client of
 * the replay gets (TLS, SASL, ... for a real cluster; empty for the local stack).
 */
public record ReplayCluster(String bootstrapServers, String registryUrl, Map<String, String> clientSettings) {

    public ReplayCluster {
        clientSettings = Map.copyOf(clientSettings);
    }

    public static ReplayCluster of(String bootstrapServers, String registryUrl) {
        return new ReplayCluster(bootstrapServers, registryUrl, Map.of());
    }

    /** The client settings plus {@code bootstrap.servers}: the base of every producer, consumer and admin client. */
    public Properties clientProperties() {
        Properties props = new Properties();
        props.putAll(clientSettings);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    public SchemaRegistryClient registry() {
        return new HttpSchemaRegistryClient(registryUrl);
    }
}
