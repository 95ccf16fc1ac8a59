package io.earmark.producers.cli;

import io.earmark.producers.ingest.Ingest;
import io.earmark.producers.ingest.IngestSummary;
import io.earmark.producers.ingest.InputLine;
import io.earmark.producers.ingest.InputMerger;
import io.earmark.producers.ingest.Progress;
import io.earmark.producers.publish.DeadLetterPublisher;
import io.earmark.producers.publish.EventPublisher;
import io.earmark.producers.ticker.Ticker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

/**
 * {@code produce}: publishes an input directory's funds.jsonl, movements.jsonl and assets.jsonl in eventTime
 * order across the files, with progress and a summary; bad lines are reported and dead-lettered, good lines
 * still go in. Then, like any replay of bounded input, one round of heartbeats at the latest eventTime the broker
 * acknowledged (a line it refused, e.g. dated far in the future, must not become the end of the input). Exit code
 * 0 when every line was published, 1 when any was rejected.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Publish the JSON Lines event files of a directory to Earmark's input topics.")
public final class ProduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "Directory with funds.jsonl, movements.jsonl, assets.jsonl (any may be missing).")
    Path input;

    @Option(names = "--final-heartbeat", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "End with heartbeats at the latest eventTime on every input partition, so the pipeline's "
                    + "stream time reaches the end of the files and earlier deadlines fire (default: on).")
    boolean finalHeartbeat;

    @Override
    public Integer call() {
        kafka.require(spec);
        if (!Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "Not a directory: " + input);
        }
        List<InputLine> lines = InputMerger.merge(input);
        try (EventPublisher events = new EventPublisher(kafka.producerProperties(), kafka.registry());
             DeadLetterPublisher deadLetters = new DeadLetterPublisher(kafka.producerProperties())) {
            IngestSummary summary = new Ingest(events, deadLetters, spec.commandLine().getErr())
                    .run(lines, Progress.onStderr(lines.size()));
            spec.commandLine().getOut().print(summary.render());
            // the end of what was published, not of what was read: the broker may have refused a line's timestamp
            Optional<Instant> latest = Optional.ofNullable(summary.latestPublished());
            if (finalHeartbeat && latest.isPresent()) {
                try (Ticker ticker = new Ticker(kafka.producerProperties(), kafka.registry(), "produce")) {
                    ticker.tickOnce(latest.get()).forEach(CompletableFuture::join);
                }
                spec.commandLine().getOut().println("heartbeats at " + latest.get());
            }
            spec.commandLine().getOut().flush();
            return summary.exitCode();
        }
    }
}
