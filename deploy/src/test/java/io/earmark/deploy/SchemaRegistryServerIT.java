package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.deploy.testing.RegistryRest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry process: it serves the Confluent API on 127.0.0.1 with BACKWARD compatibility, or says why not. */
class SchemaRegistryServerIT {

    @Test
    void shouldServeTheConfluentApiWithBackwardCompatibility() {
        try (SchemaRegistryServer registry = SchemaRegistryServer.start()) {
            URI url = URI.create(registry.url());

            assertThat(url.getHost()).isEqualTo("127.0.0.1");
            assertThat(url.getPath()).isEqualTo(SchemaRegistryServer.CCOMPAT_PATH);
            assertThat(RegistryRest.get(registry.url(), "/subjects").status()).isEqualTo(200);
            RegistryRest.Reply config = RegistryRest.get(registry.url(), "/config");
            assertThat(config.status()).isEqualTo(200);
            assertThat(config.body().path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        }
    }

    @Test
    void shouldFailWithTheProcessLogWhenTheRegistryCannotStart(@TempDir Path home) throws Exception {
        // Given a "distribution" whose run jar is not a jar: the child JVM cannot load Quarkus's entry point
        Files.writeString(home.resolve(RegistryDistribution.RUN_JAR), "not a jar");

        assertThatThrownBy(() -> SchemaRegistryServer.start(home, 0, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Schema registry exited with code")
                .hasMessageContaining("ClassNotFoundException: " + RegistryCommand.MAIN_CLASS);
    }
}
