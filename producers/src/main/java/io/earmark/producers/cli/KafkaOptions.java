package io.earmark.producers.cli;

import io.earmark.producers.publish.ProducerSettings;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where to publish: the Kafka cluster, the schema registry and, optionally, a properties file with any other
 * Kafka producer setting (TLS, SASL, client id...). Shared by the produce, ticker and simulate commands.
 */
public final class KafkaOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--registry-url", paramLabel = "URL", description = "Schema registry base URL.")
    String registryUrl;

    @Option(names = "--producer-config", paramLabel = "FILE",
            description = "Kafka producer properties (security.protocol, sasl.*, ssl.*, ...); the options above win.")
    Path producerConfig;

    /** @throws ParameterException when the servers or the registry are missing */
    void require(CommandSpec spec) {
        if (bootstrapServers == null || registryUrl == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required options: --bootstrap-servers and --registry-url");
        }
    }

    Properties producerProperties() {
        Properties props = new Properties();
        if (producerConfig != null) {
            try (Reader in = Files.newBufferedReader(producerConfig, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read producer config " + producerConfig, e);
            }
        }
        props.putAll(ProducerSettings.bootstrap(bootstrapServers));
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "earmark-producers");
        return props;
    }

    SchemaRegistryClient registry() {
        return new HttpSchemaRegistryClient(registryUrl);
    }
}
