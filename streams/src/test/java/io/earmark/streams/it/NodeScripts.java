package io.earmark.streams.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node scripts of {@value #FOLDER} (Confluent's JavaScript clients, installed there by Maven's
 * {@code npm ci}). In: a script name and its one JSON argument. Out: the JSON document the script printed on
 * stdout; a non-zero exit or a timeout fails with the script's stderr. Without node or the installed clients the
 * calling test is skipped, except under {@code CI=true}, where that is a failure.
 */
final class NodeScripts {
    static final String FOLDER = "src/test/interop";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder = Path.of(FOLDER).toAbsolutePath();

    /** Skips (or, under CI=true, fails) the test when node or the npm-installed clients are missing. */
    void requireInstalled() {
        String missing = !nodeRuns() ? "node is not on the PATH"
                : !Files.isDirectory(folder.resolve("node_modules/@confluentinc/schemaregistry"))
                ? "Confluent's clients are not installed in " + folder + " (Maven's npm ci runs " + FOLDER
                + "/install.sh before the integration tests)" : null;
        if (missing != null && "true".equals(System.getenv("CI"))) {
            Assertions.fail("ConfluentClientsIT needs Node 18+ and npm under CI=true: " + missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
    }

    JsonNode run(String script, JsonNode argument, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-" + script, ".out");
        Path err = Files.createTempFile("node-" + script, ".err");
        try {
            Process process = new ProcessBuilder(List.of("node", script, JSON.writeValueAsString(argument)))
                    .directory(folder.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError(script + " did not end within " + timeout + "; stderr:\n" + read(err));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(script + " exited with " + process.exitValue() + "; stderr:\n" + read(err));
            }
            return JSON.readTree(read(out));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static boolean nodeRuns() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
