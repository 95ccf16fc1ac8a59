package io.earmark.producers.cli;

import io.earmark.producers.ticker.Ticker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code ticker}: publishes a heartbeat to every partition of each input topic every interval, with the current
 * time, until stopped (Ctrl-C / SIGTERM). With {@code --at T}: one round of heartbeats at time T, then exits.
 */
@Command(name = "ticker", mixinStandardHelpOptions = true,
        description = "Publish heartbeats to every input partition so deadlines fire while partitions are quiet.")
public final class TickerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--interval-ms", defaultValue = "1000", description = "Milliseconds between rounds (default: ${DEFAULT-VALUE}).")
    long intervalMs;

    @Option(names = "--source", defaultValue = "ticker", description = "Source id written in each heartbeat (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Send one round with this time (ISO-8601) and exit.")
    Instant at;

    @Override
    public Integer call() throws InterruptedException {
        kafka.require(spec);
        Ticker ticker = new Ticker(kafka.producerProperties(), kafka.registry(), source);
        if (at != null) {
            try (ticker) {
                ticker.tickOnce(at).forEach(f -> f.join());
            }
            spec.commandLine().getOut().println("heartbeats sent at " + at);
            return 0;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdownNow();
            ticker.close();
            stopped.countDown();
        }, "ticker-shutdown"));
        ticker.start(scheduler, Duration.ofMillis(intervalMs), Clock.systemUTC());
        spec.commandLine().getOut().println("ticking every " + intervalMs + " ms; Ctrl-C to stop");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
