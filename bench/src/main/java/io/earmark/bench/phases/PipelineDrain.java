package io.earmark.bench.phases;

import io.earmark.bench.BenchTopics;
import io.earmark.bench.BrokerWork;
import io.earmark.bench.CpuMeter;
import io.earmark.bench.DrainWatcher;
import io.earmark.bench.ExtraSettings;
import io.earmark.bench.Throughput;
import io.earmark.streams.app.EarmarkPipeline;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.topology.TopicNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * S: the Earmark pipeline drains the pre-loaded backlog from scratch (a fresh application id) under the given
 * processing guarantee. Measured from RUNNING until the application's consumer group has caught up on every
 * partition it reads (inputs, repartition topics, kickback topic). Also the CPU its stream threads used.
 */
public final class PipelineDrain {

    /** Throughput, CPU microseconds per input event and what the broker appended, of one drain. */
    public record Result(Throughput throughput, double cpuMicrosPerEvent, BrokerWork work) {
    }

    /** A drain that takes longer is reported as not finished rather than holding the run forever. */
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(Long.getLong("earmark.bench.drain-minutes", 10));

    private PipelineDrain() {
    }

    public static Result run(String bootstrap, String registryUrl, TopicNames inputs, String run, String guarantee,
                             Duration commitInterval, int partitions, long events) throws Exception {
        TopicNames topics = withOutputs(inputs, BenchTopics.named(run));
        String appId = "bench-" + run;
        Path state = Files.createTempDirectory("earmark-bench-state");
        PipelineConfig config = PipelineConfig.of(ExtraSettings.over(Map.of(
                StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                PipelineConfig.REGISTRY_URL, registryUrl,
                StreamsConfig.APPLICATION_ID_CONFIG, appId,
                StreamsConfig.STATE_DIR_CONFIG, state.toString(),
                StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(commitInterval.toMillis()),
                StreamsConfig.REPLICATION_FACTOR_CONFIG, "1",
                // repartition topics keep what was written, so that the broker's work can be read back after the drain
                StreamsConfig.REPARTITION_PURGE_INTERVAL_MS_CONFIG, String.valueOf(Integer.MAX_VALUE))));
        BenchTopics.createAll(bootstrap, java.util.List.of(
                BenchTopics.kept(topics.alerts(), partitions), BenchTopics.kept(topics.fundStatus(), partitions),
                BenchTopics.kept(topics.deadLetter(), partitions)));
        try (EarmarkPipeline pipeline = new EarmarkPipeline(config, topics)) {
            pipeline.start();
            DrainWatcher.awaitState(pipeline.streams(), KafkaStreams.State.RUNNING, Duration.ofMinutes(2));
            CpuMeter cpu = CpuMeter.forThreadsNamed(appId);
            long start = System.nanoTime();
            long end = DrainWatcher.awaitCaughtUp(bootstrap, appId, 3 * partitions, DRAIN_TIMEOUT);
            double micros = cpu.elapsedMicros() / (double) events;
            return new Result(new Throughput(events, end - start), micros, BrokerWork.measure(bootstrap, appId, topics));
        }
    }

    private static TopicNames withOutputs(TopicNames inputs, TopicNames outputs) {
        return new TopicNames(inputs.funds(), inputs.movements(), inputs.assets(), outputs.alerts(),
                outputs.fundStatus(), outputs.deadLetter(), outputs.kickbackSignals(), outputs.cases());
    }
}
