package io.earmark.producers.publish;

import org.apache.kafka.clients.producer.ProducerConfig;

import java.util.Properties;

/**
 * Kafka producer properties for Earmark's publishers: the caller's (bootstrap servers, TLS/SASL, client id, any
 * standard client property passes through) with delivery guarantees forced on: {@code acks=all} and an
 * idempotent producer, so a retried send is never written twice.
 */
public final class ProducerSettings {
    private ProducerSettings() {
    }

    public static Properties reliable(Properties caller) {
        Properties props = new Properties();
        props.putAll(caller);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }

    /** Properties with only {@code bootstrap.servers} set. */
    public static Properties bootstrap(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }
}
