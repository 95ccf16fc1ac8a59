package io.earmark.streams.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report stands on the cases, the escaper and the schemas only; nothing in streams stands on the report. */
class OversightDirectionTest {

    private static final Path MAIN = Path.of("src", "main", "java", "io", "earmark", "streams");
    private static final String ALLOWED = "import (static )?(java\\.|io\\.earmark\\.schemas?\\."
            + "|io\\.earmark\\.streams\\.(cases|markup|oversight)\\.).*";

    @Test
    void shouldImportOnlyTheCasesTheMarkupAndTheSchemas() throws IOException {
        assertThat(imports(MAIN.resolve("oversight"))).isNotEmpty()
                .allMatch(line -> line.matches(ALLOWED), "an import of java, the schemas, cases or markup");
    }

    @Test
    void shouldNotBeImportedByAnyOtherPackageOfStreams() throws IOException {
        try (Stream<Path> packages = Files.list(MAIN)) {
            for (Path pkg : packages.filter(p -> !p.endsWith("oversight")).toList()) {
                assertThat(imports(pkg)).as(pkg.toString())
                        .noneMatch(line -> line.contains("io.earmark.streams.oversight"));
            }
        }
    }

    private static List<String> imports(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(line -> line.startsWith("import "));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
