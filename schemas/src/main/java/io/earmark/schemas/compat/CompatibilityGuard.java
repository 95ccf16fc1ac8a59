package io.earmark.schemas.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * Fails the build on a BACKWARD-incompatible schema change. In: the directory of current {@code .avsc} files and
 * the directory of released versions, laid out as {@code <RecordName>/v<N>.avsc}. Out: one line per problem:
 * a current schema that cannot read data written with the latest released version of its record, or a released
 * record that no current schema defines any more. Released files may refer to types of other released records
 * (the latest version of each is used) or be self-contained.
 */
public final class CompatibilityGuard {
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.avsc");

    private CompatibilityGuard() {
    }

    public static List<String> incompatibilities(Path currentDir, Path releasedDir) {
        Map<String, Schema> current = byName(SchemaFiles.parse(avscFiles(currentDir)).values());
        Map<Path, Schema> released = SchemaFiles.parse(latestReleases(releasedDir));
        List<String> problems = new ArrayList<>();
        released.forEach((file, writer) -> {
            String release = writer.getName() + " " + file.getFileName().toString().replace(".avsc", "");
            Schema reader = current.get(writer.getName());
            if (reader == null) {
                problems.add(release + " is released but no current schema defines " + writer.getName());
                return;
            }
            BackwardCompatibility.problems(reader, writer).forEach(problem ->
                    problems.add(release + ": the current schema cannot read data written with it: " + problem));
        });
        return problems;
    }

    /** Names of current top-level records that have no released version yet. */
    public static List<String> unreleased(Path currentDir, Path releasedDir) {
        return SchemaFiles.parse(avscFiles(currentDir)).values().stream()
                .map(Schema::getName)
                .filter(name -> latestRelease(releasedDir.resolve(name)).isEmpty())
                .sorted()
                .toList();
    }

    /** The {@code v<N>.avsc} with the highest N of every record directory. */
    static List<Path> latestReleases(Path releasedDir) {
        try (Stream<Path> dirs = Files.list(releasedDir)) {
            return dirs.filter(Files::isDirectory).sorted().map(CompatibilityGuard::latestRelease)
                    .flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list released schemas in " + releasedDir, e);
        }
    }

    private static Optional<Path> latestRelease(Path recordDir) {
        if (!Files.isDirectory(recordDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(recordDir)) {
            return files.filter(f -> VERSION_FILE.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparingLong(CompatibilityGuard::version));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + recordDir, e);
        }
    }

    private static long version(Path file) {
        Matcher matcher = VERSION_FILE.matcher(file.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static List<Path> avscFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".avsc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list schemas in " + dir, e);
        }
    }

    private static Map<String, Schema> byName(Iterable<Schema> schemas) {
        Map<String, Schema> byName = new TreeMap<>();
        schemas.forEach(schema -> byName.put(schema.getName(), schema));
        return byName;
    }
}
