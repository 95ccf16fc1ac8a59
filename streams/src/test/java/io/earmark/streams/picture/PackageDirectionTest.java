package io.earmark.streams.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pictures sit under the API and the report, the network under the pictures: neither imports upwards. */
class PackageDirectionTest {

    private static final Path MAIN = Path.of("src", "main", "java", "io", "earmark", "streams");

    @Test
    void shouldImportNeitherTheApiNorTheReplayNorTheWiring() throws IOException {
        for (String pkg : List.of("picture", "network")) {
            assertThat(imports(pkg)).as(pkg).isNotEmpty().noneMatch(line -> line.matches(
                    "import (static )?io\\.earmark\\.streams\\.(api|replay|app|topology|stages)\\..*"));
        }
        assertThat(imports("network")).noneMatch(line -> line.startsWith("import io.earmark.streams.picture."));
    }

    private static List<String> imports(String pkg) throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
            return files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(line -> line.startsWith("import "));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
