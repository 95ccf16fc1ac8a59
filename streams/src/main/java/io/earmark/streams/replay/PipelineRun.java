package io.earmark.streams.replay;

import io.earmark.schema.FundAlert;
import io.earmark.streams.app.EarmarkPipeline;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.topology.TopicNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One run of the real pipeline (the same topology as live, exactly-once) over a case whose input topics are complete
 * and end with heartbeats. In: the cluster, a {@link RunSpec}, which ledgers to keep besides those of the funds with
 * alerts. Out: a {@link RunResult} with the committed alerts and, read through interactive queries before the pipeline
 * closes, the ledgers. The run's
 * state directory is temporary and removed afterwards.
 */
public final class PipelineRun {

    private static final Duration LOOK_INTERVAL = Duration.ofMillis(250);

    private PipelineRun() {
    }

    public static RunResult run(ReplayCluster cluster, RunSpec spec, Predicate<String> keepLedger,
                                ReplayProgress progress) throws InterruptedException {
        Path stateDir = tempDir();
        try {
            return run(cluster, spec, keepLedger, progress, stateDir);
        } finally {
            deleteRecursively(stateDir);
        }
    }

    private static RunResult run(ReplayCluster cluster, RunSpec spec, Predicate<String> keepLedger,
                                 ReplayProgress progress, Path stateDir) throws InterruptedException {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(cluster.clientProperties());
             EarmarkPipeline pipeline = new EarmarkPipeline(config(cluster, spec, stateDir), spec.topics())) {
            progress.step("pipeline " + spec.applicationId() + " running, rules " + pipeline.rules().version());
            pipeline.start();
            TopicNames topics = spec.topics();
            CompletionWatcher watcher = new CompletionWatcher(admin, spec.applicationId(), pipeline.streams(),
                    partitions(admin, List.of(topics.funds(), topics.movements(), topics.assets())),
                    partitions(admin, List.of(topics.alerts(), topics.fundStatus(), topics.deadLetter())),
                    LOOK_INTERVAL);
            watcher.awaitDone(spec.timeout(), pipeline::failure, progress::lag);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            List<FundAlert> alerts = AlertReader.readAll(cluster, topics.alerts());
            Set<String> alerted = new HashSet<>();
            alerts.forEach(a -> alerted.add(a.getFundId()));
            Map<String, FundLedger> ledgers = LedgerQuery.read(pipeline.streams(),
                    fundId -> keepLedger.test(fundId) || alerted.contains(fundId));
            progress.step("pipeline " + spec.applicationId() + " done in " + took.toMillis() + " ms: "
                    + alerts.size() + " alerts");
            return new RunResult(pipeline.rules().version(), alerts, ledgers, took);
        }
    }

    static PipelineConfig config(ReplayCluster cluster, RunSpec spec, Path stateDir) {
        Map<String, String> settings = new HashMap<>(cluster.clientSettings());
        settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        settings.put(PipelineConfig.REGISTRY_URL, cluster.registryUrl());
        settings.put(StreamsConfig.APPLICATION_ID_CONFIG, spec.applicationId());
        settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        settings.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(spec.threads()));
        if (spec.rulesFile() != null) {
            settings.put(PipelineConfig.RULES_FILE, spec.rulesFile().toString());
        }
        return PipelineConfig.of(settings);
    }

    private static Set<TopicPartition> partitions(Admin admin, List<String> topics) throws InterruptedException {
        Set<TopicPartition> partitions = new HashSet<>();
        CaseTopics.describe(admin, topics).forEach((name, d) ->
                d.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        return partitions;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("earmark-replay-state-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory for the replay", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover folder in the temp directory is harmless.
        }
    }
}
