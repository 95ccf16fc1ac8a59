package io.earmark.producers.cli;

import io.earmark.producers.publish.EventPublisher;
import io.earmark.producers.simulate.ExpectedAlert;
import io.earmark.producers.simulate.Pacer;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.ScenarioPublisher;
import io.earmark.producers.simulate.ScenarioWriter;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.producers.ticker.Ticker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code simulate}: generates a deterministic Akmola scenario from a seed and writes it as an input directory
 * with its ground truth (expected-alerts.jsonl), and/or streams it to a live cluster at a target rate.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Generate a realistic scenario with injected violations and its ground truth.")
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--funds", required = true, description = "Number of funds.")
    int funds;

    @Option(names = "--seed", required = true, description = "Random seed: same seed, same files, byte for byte.")
    long seed;

    @Option(names = "--start", defaultValue = "2024-10-01T00:00:00Z", description = "First earmark day (default: ${DEFAULT-VALUE}).")
    Instant start;

    @Option(names = "--days", defaultValue = "30", description = "Days over which funds are earmarked (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--fraud-rate", defaultValue = "0.05", description = "Share of funds with one violation (default: ${DEFAULT-VALUE}).")
    double fraudRate;

    @Option(names = "--out-of-order-minutes", defaultValue = "0",
            description = "Deliver events up to this many minutes late, at most 120 (default: ${DEFAULT-VALUE}).")
    int outOfOrderMinutes;

    @Option(names = "--duplicates", defaultValue = "0", description = "Share of events redelivered with the same eventId (default: ${DEFAULT-VALUE}).")
    double duplicates;

    @Option(names = "--late-registrations", description = "Registry records arrive in the last days before their deadline.")
    boolean lateRegistrations;

    @Option(names = "--output", paramLabel = "DIR", description = "Write funds/movements/assets.jsonl and expected-alerts.jsonl here.")
    Path output;

    @Option(names = "--publish", description = "Stream the events to the cluster (needs --bootstrap-servers and --registry-url).")
    boolean publish;

    @Option(names = "--rate", defaultValue = "1000", paramLabel = "EVENTS_PER_S", description = "Publishing rate (default: ${DEFAULT-VALUE}).")
    double rate;

    @Override
    public Integer call() {
        if (output == null && !publish) {
            throw new ParameterException(spec.commandLine(), "Give --output DIR, --publish, or both");
        }
        SimulationOptions options;
        try {
            options = new SimulationOptions(funds, seed, start, days, fraudRate, outOfOrderMinutes, duplicates,
                    lateRegistrations);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Scenario scenario = ScenarioGenerator.generate(options);
        PrintWriter out = spec.commandLine().getOut();
        out.println(describe(scenario));
        if (output != null) {
            ScenarioWriter.write(scenario, output);
            out.println("written to " + output);
        }
        if (publish) {
            kafka.require(spec);
            try (EventPublisher events = new EventPublisher(kafka.producerProperties(), kafka.registry());
                 Ticker ticker = new Ticker(kafka.producerProperties(), kafka.registry(), "simulate")) {
                long sent = new ScenarioPublisher(events, ticker, Pacer.perSecond(rate)).publish(scenario);
                out.println("published " + sent + " events, heartbeats at " + scenario.end());
            }
        }
        out.flush();
        return 0;
    }

    static String describe(Scenario scenario) {
        Map<String, Integer> byRule = new TreeMap<>();
        for (ExpectedAlert a : scenario.expectedAlerts()) {
            byRule.merge(a.rule().name(), 1, Integer::sum);
        }
        return scenario.options().funds() + " funds, " + scenario.events().size() + " events up to "
                + scenario.end() + ", " + scenario.expectedAlerts().size() + " expected alerts " + byRule;
    }
}
