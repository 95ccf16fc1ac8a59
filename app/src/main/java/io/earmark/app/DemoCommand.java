package io.earmark.app;

import io.earmark.app.demo.DemoPeople;
import io.earmark.app.demo.DemoRun;
import io.earmark.app.demo.DemoSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./earmark demo}: everything at once on a laptop. In: ports and the simulator's settings. Out: a
 * {@link DemoRun} — the local stack (Kafka broker, schema registry, topics), one pipeline instance with its HTTP API
 * and dashboard, and simulated Akmola funds played live, one simulated day every {@code --day-seconds} from
 * 2024-10-01, with heartbeats on the same simulated clock, never the wall clock — and the dashboard URL printed.
 * Ctrl-C stops the scenario, the pipeline and the stack (the registry process included) and removes the pipeline's
 * state.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs everything locally: Kafka, a schema registry, the pipeline with its",
            "dashboard, and simulated funds played live in compressed time (one day every",
            "--day-seconds, from 2024-10-01). Alerts of every rule appear within a few",
            "minutes. Ctrl-C stops it all."
        })
final class DemoCommand implements Callable<Integer> {

    /** How often the simulated colleagues move each case they work on one step further. */
    private static final Duration TRIAGE_EVERY = Duration.ofSeconds(4);

    @Spec
    CommandSpec spec;

    @Option(names = "--kafka-port", defaultValue = "9092", paramLabel = "PORT",
            description = "Kafka port; a busy one is replaced by a free one (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--registry-port", defaultValue = "8081", paramLabel = "PORT",
            description = "Schema registry port; a busy one is replaced by a free one (default: ${DEFAULT-VALUE}).")
    int registryPort;

    @Option(names = "--http-port", defaultValue = "8080", paramLabel = "PORT",
            description = "Dashboard and HTTP API port; a busy one is replaced by a free one (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--partitions", defaultValue = "3", paramLabel = "N",
            description = "Partitions of every topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--funds", defaultValue = "240", paramLabel = "N", description = "Funds per scenario round (default: ${DEFAULT-VALUE}).")
    int funds;

    @Option(names = "--days", defaultValue = "25", paramLabel = "N", description = "Days over which a round's funds are earmarked (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--fraud-rate", defaultValue = "0.2", paramLabel = "SHARE", description = "Share of funds with a violation (default: ${DEFAULT-VALUE}).")
    double fraudRate;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the first round (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--day-seconds", defaultValue = "4", paramLabel = "SECONDS",
            description = "Wall-clock seconds per simulated day (default: ${DEFAULT-VALUE}).")
    double daySeconds;

    @Option(names = "--tick-ms", defaultValue = "250", paramLabel = "MS",
            description = "Wall-clock milliseconds between heartbeat rounds (default: ${DEFAULT-VALUE}).")
    long tickMs;

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        DemoRun run = new DemoRun(new DemoSettings(kafkaPort, registryPort, httpPort, partitions, funds, days,
                fraudRate, seed, Duration.ofMillis(Math.round(daySeconds * 1000)), Duration.ofMillis(tickMs)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say(out, "Stopping the demo...");
            run.stop();
            say(out, "Stopped.");
        }, "earmark-demo-stop"));
        say(out, "Starting the local stack (Kafka broker, schema registry, topics)...");
        run.startStack();
        say(out, "Starting the pipeline...");
        run.startPipeline();
        run.startScenario(rounds -> say(out, "The simulated timeline reached the present after " + rounds
                + " rounds: no more events. The dashboard stays up until Ctrl-C."));
        run.startTriage(TRIAGE_EVERY);
        String url = run.pipeline().url();
        say(out, "");
        say(out, "Dashboard:  " + url + "/");
        say(out, "HTTP API:   " + url + "/api/alerts · /api/cases · /api/financial-orgs · /api/funds/{fundId} · /metrics");
        say(out, "Cases:      reading is open; to act on a case, open the dashboard signed in as one of (tokens of "
                + "this run):");
        for (DemoPeople.Person person : run.people().visitors()) {
            say(out, String.format("  %-11s %-9s %s/#token=%s", person.role(), person.name(), url, person.token()));
        }
        say(out, "            Simulated colleagues triage part of the alerts on their own; the rest are yours.");
        say(out, "Kafka " + run.stack().bootstrapServers() + ", schema registry " + run.stack().registryUrl());
        say(out, String.format("Simulated time runs one day every %s s from 2024-10-01; alerts of every rule appear "
                + "within a few minutes. Ctrl-C stops everything.", daySeconds));
        run.awaitStop(Duration.ofSeconds(30), p -> say(out, String.format(
                "round %d: simulated time %s, %d events published", p.round(), p.simulatedTime(), p.events())));
        return 0;
    }

    private void validate() {
        for (int port : new int[] {kafkaPort, registryPort, httpPort}) {
            if (port < 0 || port > 65535) {
                throw new ParameterException(spec.commandLine(), "ports must be between 0 and 65535, not " + port);
            }
        }
        if (partitions < 1 || funds < 2 || days < 1) {
            throw new ParameterException(spec.commandLine(), "--partitions and --days must be at least 1, --funds at least 2");
        }
        if (!(fraudRate >= 0 && fraudRate <= 1)) {
            throw new ParameterException(spec.commandLine(), "--fraud-rate must be within 0..1, not " + fraudRate);
        }
        if (!(daySeconds > 0) || tickMs < 10) {
            throw new ParameterException(spec.commandLine(), "--day-seconds must be > 0 and --tick-ms at least 10");
        }
    }

    private static void say(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
