package io.earmark.streams.testing;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.launch.PipelineMain;
import io.earmark.streams.topology.TopicNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline as a separate OS process ({@link PipelineMain} on the test classpath), so that a test can kill it
 * without a clean shutdown. Its output goes to a log file beside the config.
 */
public final class PipelineProcess implements AutoCloseable {

    private final Path config;
    private final Path log;
    private Process process;

    /**
     * The settings of one instance on the shared broker and registry: its application id, its state under
     * {@code workDir}, replication 1, a free HTTP port, and {@code topics}.
     */
    public static Map<String, String> settings(KafkaStack stack, String applicationId, Path workDir,
                                               TopicNames topics) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", stack.bootstrapServers());
        settings.put(PipelineConfig.REGISTRY_URL, stack.registryUrl());
        settings.put("application.id", applicationId);
        settings.put("state.dir", workDir.resolve("state").toString());
        settings.put("replication.factor", "1");
        settings.put(PipelineConfig.HTTP_PORT, "0");
        settings.putAll(PipelineConfig.topicSettings(topics));
        return settings;
    }

    public PipelineProcess(Path workDir, Map<String, String> settings) {
        this.config = workDir.resolve("pipeline.properties");
        this.log = workDir.resolve("pipeline.log");
        Properties props = new Properties();
        props.putAll(settings);
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "PipelineProcess");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PipelineProcess start() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), PipelineMain.class.getName(), config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the pipeline process", e);
        }
        return this;
    }

    /** SIGKILL: no shutdown hook, no commit, no state flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
