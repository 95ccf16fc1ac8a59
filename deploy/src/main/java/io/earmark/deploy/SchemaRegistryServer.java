package io.earmark.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Hortonworks Schema Registry 0.9.1 (Confluent-compatible REST API at the root) run as a child process
 * on its own classpath. In: the registry's jar folder ({@link RegistryDistribution}) and a port (0 = any free).
 * Out: {@link #url()} once {@code GET /subjects} answers. The child is stopped by {@link #close()}, by a JVM
 * shutdown hook, and - should this JVM be killed outright - by its own {@link ExitWithParent} watchdog.
 */
public final class SchemaRegistryServer implements AutoCloseable {
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final String MAIN_CLASS = "com.hortonworks.registries.webservice.RegistryApplication";
    private static final String LOG_FILE = "registry.log";

    private final Process process;
    private final Path workDir;
    private final String url;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SchemaRegistryServer(Process process, Path workDir, String url) {
        this.process = process;
        this.workDir = workDir;
        this.url = url;
        this.shutdownHook = new Thread(this::stopProcess, "schema-registry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a registry on any free port from the located jar folder. */
    public static SchemaRegistryServer start() {
        return start(RegistryDistribution.locate(), 0, DEFAULT_START_TIMEOUT);
    }

    /** Starts a registry on {@code port} (0 = any free port); returns once it answers, or throws with its log. */
    public static SchemaRegistryServer start(Path registryLib, int port, Duration timeout) {
        SchemaRegistryServer server = launch(registryLib, port);
        server.awaitReady(timeout);
        return server;
    }

    /**
     * Starts the registry process and returns at once, so that the caller can start other things meanwhile;
     * call {@link #awaitReady(Duration)} before using {@link #url()}.
     */
    public static SchemaRegistryServer launch(Path registryLib, int port) {
        int httpPort = FreePort.orAny(port);
        Path workDir = TempDirs.create("earmark-registry-");
        Path config = RegistryConfig.write(workDir, httpPort, FreePort.any());
        Process process;
        try {
            process = new ProcessBuilder(command(registryLib, config))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve(LOG_FILE).toFile())
                    .start();
        } catch (IOException e) {
            TempDirs.deleteRecursively(workDir);
            throw new UncheckedIOException("cannot start the schema registry process", e);
        }
        return new SchemaRegistryServer(process, workDir, "http://" + FreePort.LOOPBACK + ":" + httpPort);
    }

    /** Returns once {@code GET /subjects} answers 200; otherwise stops the process and throws with its log. */
    public void awaitReady(Duration timeout) {
        try {
            pollUntilReady(timeout, workDir.resolve(LOG_FILE));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("Schema registry started at {} (pid {})", url, process.pid());
    }

    /** {@code http://127.0.0.1:<port>}: the Confluent REST API's base URL. */
    public String url() {
        return url;
    }

    /** Stops the registry process and deletes its work directory; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stopProcess();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook runs (or ran) anyway.
            }
            TempDirs.deleteRecursively(workDir);
            LOG.info("Schema registry at {} stopped", url);
        }
    }

    private static List<String> command(Path registryLib, Path config) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String watchdog = RegistryDistribution.codeLocation(ExitWithParent.class)
                .orElseThrow(() -> new IllegalStateException("cannot locate the classes of " + ExitWithParent.class))
                .toString();
        // Small heap, serial GC and C1 only: a quick start and ~200 MB for a registry that serves a handful of schemas.
        return List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true",
                "-D" + ExitWithParent.PARENT_PID + "=" + ProcessHandle.current().pid(),
                "-cp", registryLib.toAbsolutePath() + File.separator + "*" + File.pathSeparator + watchdog,
                ExitWithParent.class.getName(), MAIN_CLASS, "server", config.toAbsolutePath().toString());
    }

    /** Polls {@code GET /subjects} until it answers 200; waits on the process, so a crash ends the wait at once. */
    private void pollUntilReady(Duration timeout, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/subjects")).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("exited with code " + process.exitValue(), log);
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("start interrupted", log);
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("start interrupted", log);
            }
        }
        throw failure("did not answer GET " + url + "/subjects within " + timeout.toSeconds() + " s", log);
    }

    private IllegalStateException failure(String what, Path log) {
        return new IllegalStateException("Schema registry " + what + ". Its log (" + log + "):\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
