package io.earmark.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the {@code registry.yaml} of a Hortonworks Schema Registry 0.9.1 process.
 * In: a work directory and two ports. Out: a config with the Avro schema provider, in-memory storage (schemas
 * are gone after a restart), the Confluent-compatible API at the root ({@code RewriteUriFilter} forwards
 * {@code /subjects/*} and {@code /schemas/ids/*}), and both connectors bound to 127.0.0.1 only.
 */
final class RegistryConfig {
    private static final String TEMPLATE = """
            modules:
              - name: schema-registry
                className: com.hortonworks.registries.schemaregistry.webservice.SchemaRegistryModule
                config:
                  schemaProviders:
                    - providerClass: "com.hortonworks.registries.schemaregistry.avro.AvroSchemaProvider"
                      defaultSerializerClass: "com.hortonworks.registries.schemaregistry.serdes.avro.AvroSnapshotSerializer"
                      defaultDeserializerClass: "com.hortonworks.registries.schemaregistry.serdes.avro.AvroSnapshotDeserializer"
                  schemaCacheSize: 10000
                  schemaCacheExpiryInterval: 3600
            servletFilters:
              - className: "com.hortonworks.registries.schemaregistry.webservice.RewriteUriFilter"
                params:
                  forwardPaths: "/api/v1/confluent,/subjects/*,/schemas/ids/*"
            fileStorageConfiguration:
              className: "com.hortonworks.registries.common.util.LocalFileSystemStorage"
              properties:
                directory: "%1$s"
            storageProviderConfiguration:
              providerClass: "com.hortonworks.registries.storage.impl.memory.InMemoryStorageManager"
            swagger:
              resourcePackage: com.hortonworks.registries.schemaregistry.webservice
            enableCors: false
            server:
              applicationConnectors:
                - type: http
                  bindHost: 127.0.0.1
                  port: %2$d
              adminConnectors:
                - type: http
                  bindHost: 127.0.0.1
                  port: %3$d
              requestLog:
                appenders: []
            logging:
              level: WARN
              loggers:
                io.dropwizard.server: INFO
            """;

    private RegistryConfig() {
    }

    /** Writes {@code registry.yaml} into {@code workDir} and returns its path. */
    static Path write(Path workDir, int port, int adminPort) {
        Path jars = workDir.resolve("jars");
        Path file = workDir.resolve("registry.yaml");
        try {
            Files.createDirectories(jars);
            Files.writeString(file, String.format(TEMPLATE, jars.toAbsolutePath(), port, adminPort), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
