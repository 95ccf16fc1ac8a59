package io.earmark.app;

import io.earmark.bench.BenchOptions;
import io.earmark.bench.BenchReport;
import io.earmark.bench.BenchRun;
import io.earmark.bench.phases.LatencyWorkload;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./earmark bench}: measures the pipeline side by side with the machine's own Kafka limits on one local
 * broker and writes the figures as JSON. {@code --micro} runs the JMH micro-benchmarks instead.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures throughput and event-to-alert latency against the machine's own Kafka limits.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "2000000", description = "Simulated events to pre-load (default ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--partitions", defaultValue = "6", description = "Partitions per topic (default ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--out", defaultValue = "target/bench/bench-result.json", description = "JSON result file")
    Path out;

    @Option(names = "--commit-interval-ms", defaultValue = "100", description = "Commit interval of every stage")
    long commitIntervalMs;

    @Option(names = "--latency-seconds", defaultValue = "60",
            description = "Length of the latency phase; its first third is warm-up (default ${DEFAULT-VALUE})")
    long latencySeconds;

    @Option(names = "--latency-share", defaultValue = "0.5", description = "Latency load as a share of S (eos)")
    double latencyShare;

    @Option(names = "--latency-rate", defaultValue = "0",
            description = "Latency load in events/s, instead of the share (default: use the share)")
    double latencyRate;

    @Option(names = "--latency-workload", defaultValue = "mix",
            description = "What the latency phase sends: mix (the simulated mix, 1 in 20 events a probe diversion)"
                    + " or diversions (only diversions, each an alert and a case) (default ${DEFAULT-VALUE})")
    String latencyWorkload;

    @Option(names = "--seed", defaultValue = "2024", description = "Simulator seed")
    long seed;

    @Option(names = "--micro", description = "Run the JMH micro-benchmarks (serde, ledger update) instead")
    boolean micro;

    @Override
    public Integer call() throws Exception {
        if (micro) {
            org.openjdk.jmh.Main.main(new String[] {"io.earmark.bench.micro", "-f", "1", "-wi", "2", "-i", "3", "-w", "2s", "-r", "3s",
                    "-rf", "json", "-rff", out.resolveSibling("jmh-result.json").toString()});
            return 0;
        }
        BenchOptions options = new BenchOptions(events, partitions, out, Duration.ofMillis(commitIntervalMs),
                Duration.ofSeconds(latencySeconds), latencyShare, latencyRate, LatencyWorkload.parse(latencyWorkload),
                seed);
        BenchReport report = BenchRun.run(options, System.err);
        report.write(out);
        System.out.print(report.table());
        System.out.println("written to " + out);
        return 0;
    }
}
