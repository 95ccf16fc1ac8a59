package io.earmark.app;

import io.earmark.deploy.LocalStack;
import io.earmark.streams.replay.CaseResult;
import io.earmark.streams.replay.CaseSpec;
import io.earmark.streams.replay.FilesReplay;
import io.earmark.streams.replay.InputDirectory;
import io.earmark.streams.replay.ReplayCluster;
import io.earmark.streams.replay.ReplayInput;
import io.earmark.streams.replay.ReplayProgress;
import io.earmark.streams.replay.Selection;
import io.earmark.streams.replay.TopicReplay;
import io.earmark.streams.topology.TopicNames;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What a replay or a trace replays, shared by both commands: an input directory (files mode: a local stack of its
 * own, started and stopped here) or an event-time range of a cluster's input topics (topics mode), the rules, and how
 * to run the pipeline. In: the options. Out: the finished {@link CaseResult}. Bad options are usage errors (exit 2); a
 * bad input line fails before anything starts.
 */
final class ReplaySource {

    @Option(names = "--input", paramLabel = "DIR",
            description = "Files mode: directory with funds.jsonl, movements.jsonl, assets.jsonl (any may be missing).")
    Path input;

    @Option(names = "--partitions", paramLabel = "P", defaultValue = "6",
            description = "Files mode: partitions of the case's input topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Topics mode: Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--registry-url", paramLabel = "URL", description = "Topics mode: schema registry base URL.")
    String registryUrl;

    @Option(names = "--client-config", paramLabel = "FILE",
            description = "Topics mode: Kafka client properties for every client (security.protocol, sasl.*, ssl.*).")
    Path clientConfig;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Topics mode: first event time (ISO-8601).")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT",
            description = "Topics mode: last event time (ISO-8601); stream time ends there.")
    Instant to;

    @Option(names = "--input-topics", paramLabel = "FUNDS,MOVEMENTS,ASSETS", split = ",",
            description = "Topics mode: the topics to read (default: the live ones).")
    List<String> inputTopics;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "What-if rules file: the slice also runs under the live rules, and the differences are reported.")
    Path rules;

    @Option(names = "--live-rules", paramLabel = "FILE",
            description = "The live pipeline's rules file (default: the shipped rules).")
    Path liveRules;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Kafka Streams threads of the replay (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT10M",
            description = "Longest a pipeline run may take (ISO-8601 duration, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    boolean filesMode() {
        return input != null;
    }

    /** Usage errors before anything starts. */
    void validate(CommandSpec spec) {
        if (filesMode()) {
            if (bootstrapServers != null || registryUrl != null || from != null || to != null) {
                throw usage(spec, "--input replays files on a local stack of its own; it takes no --bootstrap-servers,"
                        + " --registry-url, --from or --to");
            }
            if (partitions < 1) {
                throw usage(spec, "--partitions must be at least 1, not " + partitions);
            }
        } else {
            if (bootstrapServers == null || registryUrl == null || from == null || to == null) {
                throw usage(spec, "give --input DIR, or --bootstrap-servers, --registry-url, --from and --to");
            }
            if (!from.isBefore(to)) {
                throw usage(spec, "--from " + from + " must be before --to " + to);
            }
            if (inputTopics != null && inputTopics.size() != 3) {
                throw usage(spec, "--input-topics takes three names: funds,movements,assets");
            }
        }
        if (threads < 1) {
            throw usage(spec, "--threads must be at least 1, not " + threads);
        }
        for (Path file : new Path[] {rules, liveRules, clientConfig}) {
            if (file != null && !Files.isRegularFile(file)) {
                throw usage(spec, "no such file: " + file);
            }
        }
    }

    /**
     * Reads the input (files mode) or the slice (topics mode) and runs the case; an input line set aside (a value
     * past a bound) is told to {@code warnings}.
     */
    CaseResult run(String caseName, Selection selection, ReplayProgress progress, Consumer<String> warnings)
            throws InterruptedException {
        CaseSpec spec = new CaseSpec(caseName, rules, liveRules, threads, timeout);
        if (!filesMode()) {
            return TopicReplay.run(new ReplayCluster(bootstrapServers, registryUrl, clientSettings()), source(), from,
                    to, selection, spec, progress);
        }
        ReplayInput all = InputDirectory.read(input, e -> warnings.accept("set aside, as the pipeline would "
                + "dead-letter it: " + e.getMessage()));
        ReplayInput events = selection.isEverything() ? all
                : new ReplayInput(all.events().stream().filter(selection.over(all.events())).toList(), all.end());
        progress.step("read " + all.events().size() + " events from " + input + "; starting a local Kafka broker "
                + "and schema registry");
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, partitions, false))) {
            ReplayCluster cluster = ReplayCluster.of(stack.bootstrapServers(), stack.registryUrl());
            return FilesReplay.run(cluster, input.toString(), events, spec, partitions,
                    selection.selectedFunds(all.events()), progress);
        }
    }

    private TopicNames source() {
        TopicNames live = TopicNames.live();
        if (inputTopics == null) {
            return live;
        }
        return new TopicNames(inputTopics.get(0), inputTopics.get(1), inputTopics.get(2), live.alerts(),
                live.fundStatus(), live.deadLetter(), live.kickbackSignals(), live.cases());
    }

    private Map<String, String> clientSettings() {
        Map<String, String> settings = new HashMap<>();
        if (clientConfig != null) {
            Properties props = new Properties();
            try (Reader in = Files.newBufferedReader(clientConfig, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read client config " + clientConfig, e);
            }
            props.forEach((k, v) -> settings.put(k.toString(), v.toString()));
        }
        return settings;
    }

    private static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
