package io.earmark.streams.testing;

import io.earmark.streams.app.PipelineMain;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
