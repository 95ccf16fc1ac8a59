package io.earmark.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (broker and controller roles) running inside this JVM on 127.0.0.1.
 * In: a client port (0 = any free port) and the default partition count for topics created without one.
 * Out: {@link #bootstrapServers()}. Its log directory is a fresh temporary directory, formatted with
 * {@code StorageTool.execute} (never {@code main}, which exits the JVM) and deleted on {@link #close()}.
 * Settings: see {@link BrokerProperties} (exactly-once on one node, no auto-created topics).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    public static final int DEFAULT_PARTITIONS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaRaftServer server;
    private final Path dir;
    private final String bootstrapServers;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path dir, String bootstrapServers) {
        this.server = server;
        this.dir = dir;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker on any free port with {@value #DEFAULT_PARTITIONS} partitions per topic by default. */
    public static EmbeddedKafkaBroker start() {
        return start(0, DEFAULT_PARTITIONS);
    }

    /** Starts a broker on {@code port} (0 = any free port); returns once it accepts clients. */
    public static EmbeddedKafkaBroker start(int port, int defaultPartitions) {
        int clientPort = FreePort.orAny(port);
        int controllerPort = FreePort.any();
        Path dir = TempDirs.create("earmark-kafka-");
        Properties props = BrokerProperties.of(clientPort, controllerPort, dir.resolve("logs"), defaultPartitions);
        return start(props, dir, clientPort, List.of());
    }

    /**
     * Formats {@code dir} for {@code props} (with extra {@code StorageTool format} arguments, e.g.
     * {@code --add-scram}) and starts the broker; on failure deletes {@code dir}. The broker owns {@code dir} and
     * deletes it on {@link #close()}.
     */
    static EmbeddedKafkaBroker start(Properties props, Path dir, int clientPort, List<String> formatArgs) {
        KafkaRaftServer server = null;
        try {
            format(props, dir, formatArgs);
            server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            server.startup();
        } catch (RuntimeException e) {
            stopQuietly(server);
            TempDirs.deleteRecursively(dir);
            throw new IllegalStateException("Kafka broker did not start on " + FreePort.LOOPBACK + ":" + clientPort
                    + ": " + e.getMessage(), e);
        }
        String bootstrap = FreePort.LOOPBACK + ":" + clientPort;
        LOG.info("Kafka broker started at {} (log dir {})", bootstrap, dir);
        return new EmbeddedKafkaBroker(server, dir, bootstrap);
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker and deletes its log directory; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stopQuietly(server);
            TempDirs.deleteRecursively(dir);
            LOG.info("Kafka broker at {} stopped", bootstrapServers);
        }
    }

    private static void format(Properties props, Path dir, List<String> formatArgs) {
        Path file = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "Earmark embedded KRaft broker");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> command = new ArrayList<>(List.of(
                "format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", file.toString()));
        command.addAll(formatArgs);
        String[] args = command.toArray(String[]::new);
        int exitCode;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args, print);
        } catch (Exception e) {
            throw new IllegalStateException("formatting " + dir + " failed: " + e.getMessage() + " " + redacted(output), e);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("formatting " + dir + " failed (" + exitCode + "): " + redacted(output));
        }
    }

    /** StorageTool's output, without any SCRAM password it may echo. */
    private static String redacted(ByteArrayOutputStream output) {
        return output.toString(StandardCharsets.UTF_8).replaceAll("password=[^,\\]]*", "password=***");
    }

    private static void stopQuietly(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka broker did not shut down cleanly: {}", e.toString());
        }
    }
}
