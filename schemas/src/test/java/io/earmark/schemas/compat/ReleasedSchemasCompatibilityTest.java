package io.earmark.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build gate: the schemas in src/main/avro must stay BACKWARD compatible with every released version. */
class ReleasedSchemasCompatibilityTest {
    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path RELEASED = Path.of("src/main/avro-released");

    @Test
    void shouldReadDataWrittenWithTheLatestReleaseOfEverySchema() {
        assertThat(CompatibilityGuard.incompatibilities(CURRENT, RELEASED)).isEmpty();
    }

    @Test
    void shouldHaveAReleasedVersionOfEveryCurrentSchema() {
        assertThat(CompatibilityGuard.latestReleases(RELEASED)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(CompatibilityGuard.unreleased(CURRENT, RELEASED)).isEmpty();
    }
}
