package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry that cannot start is reported at once, with the process's own log in the error. */
class SchemaRegistryServerIT {

    @Test
    void shouldFailWithTheProcessLogWhenTheRegistryCannotStart(@TempDir Path lib) throws Exception {
        // Given a "distribution" whose jar is not a jar: the child JVM cannot load the registry's main class
        Files.writeString(lib.resolve("schema-registry-webservice-0.9.1.jar"), "not a jar");

        assertThatThrownBy(() -> SchemaRegistryServer.start(lib, 0, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Schema registry exited with code")
                .hasMessageContaining("ClassNotFoundException: com.hortonworks.registries.webservice.RegistryApplication");
    }
}
