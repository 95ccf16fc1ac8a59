package io.earmark.streams.launch;

import io.earmark.streams.api.ServedPipeline;
import io.earmark.streams.app.EarmarkPipeline;
import io.earmark.streams.app.PipelineConfig;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java io.earmark.streams.launch.PipelineMain pipeline.properties}: runs one pipeline instance, with its HTTP
 * API and dashboard ({@link ServedPipeline}), until SIGTERM or Ctrl-C, then closes cleanly. Exits 1 when the instance
 * stops on an error.
 */
public final class PipelineMain {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineMain.class);

    private PipelineMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: PipelineMain <pipeline.properties>");
            System.exit(2);
        }
        System.exit(run(PipelineConfig.load(Path.of(args[0]))));
    }

    public static int run(PipelineConfig config) throws InterruptedException {
        ServedPipeline served = ServedPipeline.create(config);
        EarmarkPipeline pipeline = served.pipeline();
        CountDownLatch stopped = new CountDownLatch(1);
        pipeline.streams().setStateListener((now, before) -> {
            LOG.info("Pipeline state {} -> {}", before, now);
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        Thread hook = new Thread(() -> {
            served.close();
            stopped.countDown();
        }, "earmark-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        served.start();
        LOG.info("HTTP API and dashboard on {}", served.url());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            served.close();
        }
        return pipeline.failure() == null ? 0 : 1;
    }
}
