package io.earmark.reliability.support;

import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.TestTopics;
import io.earmark.streams.app.EarmarkPipeline;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.topology.TopicNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One pipeline instance, in this JVM, on topics of its own: the real {@link EarmarkPipeline} against the shared
 * broker and schema registry, with a unique application id and state directory. In: the stack and the partition
 * count of the input topics. Out: the topic names to write and read, and the running pipeline.
 */
public final class PrivatePipeline implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final TopicNames topics;
    private final EarmarkPipeline pipeline;

    private PrivatePipeline(TopicNames topics, EarmarkPipeline pipeline) {
        this.topics = topics;
        this.pipeline = pipeline;
    }

    /** Creates the topics, starts the pipeline and waits until it runs. */
    public static PrivatePipeline start(KafkaStack stack, String name, int partitions) throws InterruptedException {
        TopicNames topics = createTopics(stack, name, partitions);
        Map<String, String> settings = settings(stack, name, topics);
        settings.put("state.dir", stateDir(name).toString());
        PipelineConfig config = PipelineConfig.of(settings);
        EarmarkPipeline pipeline = new EarmarkPipeline(config, config.topics()).start();
        PrivatePipeline running = new PrivatePipeline(topics, pipeline);
        try {
            await("pipeline " + name + " running").atMost(STARTUP)
                    .failFast("a stream thread failed", () -> pipeline.failure() != null)
                    .until(pipeline::isRunning);
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    /** Input, output and dead-letter topics of their own (the kickback topic is left to the pipeline). */
    public static TopicNames createTopics(KafkaStack stack, String name, int partitions) {
        return new TopicNames(
                TestTopics.create(stack, name + "-funds", partitions),
                TestTopics.create(stack, name + "-movements", partitions),
                TestTopics.create(stack, name + "-assets", partitions),
                TestTopics.create(stack, name + "-alerts", partitions),
                TestTopics.create(stack, name + "-status", partitions),
                TestTopics.create(stack, name + "-deadletter", 1),
                TestTopics.uniqueName(name + "-kickback"),
                TestTopics.create(stack, name + "-cases", partitions));
    }

    /** A pipeline's settings for the stack and those topics, with a unique application id (no state dir). */
    public static Map<String, String> settings(KafkaStack stack, String name, TopicNames topics) {
        Map<String, String> settings = new HashMap<>();
        settings.put("bootstrap.servers", stack.bootstrapServers());
        settings.put(PipelineConfig.REGISTRY_URL, stack.registryUrl());
        settings.put("application.id", TestTopics.uniqueName(name));
        settings.put("replication.factor", "1");
        settings.put(PipelineConfig.HTTP_PORT, "0");
        settings.putAll(PipelineConfig.topicSettings(topics));
        return CoreChoice.applyTo(settings);
    }

    private static Path stateDir(String name) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), name + "-state-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TopicNames topics() {
        return topics;
    }

    /** True while Kafka Streams runs and no stream thread has failed. */
    public boolean isHealthy() {
        return pipeline.isRunning() && pipeline.failure() == null;
    }

    /** The error that stopped a stream thread, or null. */
    public Throwable failure() {
        return pipeline.failure();
    }

    @Override
    public void close() {
        pipeline.close(Duration.ofSeconds(30));
    }
}
