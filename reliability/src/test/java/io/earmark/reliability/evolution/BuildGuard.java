package io.earmark.reliability.evolution;

import io.earmark.schemas.compat.CompatibilityGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * Runs the build's compatibility guard as the schemas module does, on a copy of the current {@code .avsc} files in
 * which {@code FundMovement.avsc} is replaced: the project's real released versions decide.
 */
final class BuildGuard {
    private BuildGuard() {
    }

    /** The guard's problems if {@code movement} were the current FundMovement schema. */
    static List<String> problemsWithMovement(Schema movement, Path workDir) {
        Path schemas = Path.of(System.getProperty("earmark.root", "..")).resolve("schemas/src/main");
        try {
            Path current = Files.createDirectories(workDir.resolve("avro"));
            try (Stream<Path> files = Files.list(schemas.resolve("avro"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".avsc")).toList()) {
                    Files.copy(file, current.resolve(file.getFileName()));
                }
            }
            Files.writeString(current.resolve("FundMovement.avsc"), movement.toString(true));
            return CompatibilityGuard.incompatibilities(current, schemas.resolve("avro-released"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
