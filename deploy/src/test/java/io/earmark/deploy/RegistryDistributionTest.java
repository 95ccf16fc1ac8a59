package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryDistributionTest {

    @AfterEach
    void clearOverride() {
        System.clearProperty(RegistryDistribution.PROPERTY);
    }

    @Test
    void shouldFindTheFolderThatRegistryDistBuiltFromThisModule() {
        Path found = RegistryDistribution.locate();

        assertThat(found).endsWith(Path.of("registry-dist", "target", "apicurio"));
        assertThat(RegistryDistribution.isDistribution(found)).isTrue();
    }

    @Test
    void shouldUseTheOverrideWhenItHoldsTheRegistryRunJar(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve(RegistryDistribution.RUN_JAR));
        System.setProperty(RegistryDistribution.PROPERTY, dir.toString());

        assertThat(RegistryDistribution.locate()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void shouldRefuseAnOverrideWithoutTheRegistryRunJar(@TempDir Path dir) {
        System.setProperty(RegistryDistribution.PROPERTY, dir.toString());

        assertThatThrownBy(RegistryDistribution::locate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.toString());
    }
}
