package io.earmark.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A real Apicurio Registry 3 (Confluent-compatible API at {@value #CCOMPAT_PATH}) run as a child process on a JDK 21+
 * ({@link RegistryJdk}), with in-memory storage: schemas are gone when it stops. In: the distribution folder
 * ({@link RegistryDistribution}) and a port (0 = any free; the management port is always a free one).
 * Out: {@link #url()} once {@code GET /subjects} answers and the global compatibility is BACKWARD. Its output goes
 * to a log file in its work directory, shown in the error when it does not start. The child is stopped by
 * {@link #close()}, by a JVM shutdown hook, and - should this JVM be killed outright - by its own
 * {@link ExitWithParent} watchdog.
 */
public final class SchemaRegistryServer implements AutoCloseable {
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    public static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final String LOG_FILE = "registry.log";

    private final Process process;
    private final Path workDir;
    private final String url;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long launchedAt = System.nanoTime();

    private SchemaRegistryServer(Process process, Path workDir, String url) {
        this.process = process;
        this.workDir = workDir;
        this.url = url;
        this.shutdownHook = new Thread(this::stopProcess, "schema-registry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a registry on any free port from the located distribution. */
    public static SchemaRegistryServer start() {
        return start(RegistryDistribution.locate(), 0, DEFAULT_START_TIMEOUT);
    }

    /** Starts a registry on {@code port} (0 = any free port); returns once it answers, or throws with its log. */
    public static SchemaRegistryServer start(Path registryHome, int port, Duration timeout) {
        SchemaRegistryServer server = launch(registryHome, port);
        server.awaitReady(timeout);
        return server;
    }

    /**
     * Starts the registry process and returns at once, so that the caller can start other things meanwhile;
     * call {@link #awaitReady(Duration)} before using {@link #url()}.
     */
    public static SchemaRegistryServer launch(Path registryHome, int port) {
        Path java = RegistryJdk.locate();
        int httpPort = FreePort.orAny(port);
        Path workDir = TempDirs.create("earmark-registry-");
        Process process;
        try {
            process = new ProcessBuilder(RegistryCommand.of(java, registryHome, httpPort, FreePort.any()))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve(LOG_FILE).toFile())
                    .start();
        } catch (IOException e) {
            TempDirs.deleteRecursively(workDir);
            throw new UncheckedIOException("cannot start the schema registry process", e);
        }
        return new SchemaRegistryServer(process, workDir, "http://" + FreePort.LOOPBACK + ":" + httpPort + CCOMPAT_PATH);
    }

    /**
     * Returns once {@code GET /subjects} answers 200 and BACKWARD compatibility is set; otherwise stops the process
     * and throws with its log.
     */
    public void awaitReady(Duration timeout) {
        try {
            pollUntilReady(timeout, workDir.resolve(LOG_FILE));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("Schema registry (Apicurio) ready at {} (pid {}), {} ms after its launch", url, process.pid(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchedAt));
    }

    /** {@code http://127.0.0.1:<port>/apis/ccompat/v7}: the Confluent REST API's base URL. */
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

    /**
     * Polls {@code GET /subjects} until it answers 200, then sets BACKWARD compatibility; waits on the process between
     * polls, so a crash ends the wait at once.
     */
    private void pollUntilReady(Duration timeout, Path log) {
        RegistryProbe probe = new RegistryProbe(url);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw failure("exited with code " + process.exitValue(), log);
                }
                if (probe.answers()) {
                    configure(probe, log);
                    return;
                }
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("start interrupted", log);
        }
        throw failure("did not answer GET " + url + "/subjects within " + timeout.toSeconds() + " s", log);
    }

    private void configure(RegistryProbe probe, Path log) throws InterruptedException {
        try {
            probe.setBackwardCompatibility();
        } catch (IllegalStateException refused) {
            throw failure("refused BACKWARD compatibility (" + refused.getMessage() + ")", log);
        }
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
