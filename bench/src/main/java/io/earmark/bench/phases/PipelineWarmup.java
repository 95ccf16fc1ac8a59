package io.earmark.bench.phases;

import io.earmark.bench.BenchTopics;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.streams.topology.TopicNames;
import java.io.PrintStream;
import java.time.Duration;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Before the measured drains: the pipeline drains other simulated events, exactly once, and nothing of it is measured.
 * On two cores the JIT compiler otherwise takes much of a core during the first drain (the exactly-once one), so that
 * drain would pay for compiling the pipeline's code and the at-least-once drain after it would not. The size is
 * {@code earmark.bench.warmup-events} (50,000 by default, never more than the run's events; 0 skips it).
 */
public final class PipelineWarmup {

    private static final long DEFAULT_EVENTS = 50_000;

    private PipelineWarmup() {
    }

    /** How many events the warm-up drains for a run of {@code events}. */
    public static int events(int events) {
        return (int) Math.max(0, Math.min(events, Long.getLong("earmark.bench.warmup-events", DEFAULT_EVENTS)));
    }

    /** Pre-loads {@code events} simulated events on topics of their own and drains them; returns how many. */
    public static long run(String bootstrap, String registryUrl, SchemaRegistryClient registry, int partitions,
                           int events, long seed, Duration commitInterval, PrintStream log) throws Exception {
        if (events == 0) {
            return 0;
        }
        log.printf("warm-up: the pipeline drains %,d other events exactly once, not measured...%n", events);
        TopicNames inputs = BenchTopics.named("warmup-input");
        BenchTopics.create(bootstrap, inputs, partitions, false);
        Preload.Result loaded = Preload.run(bootstrap, registry, inputs, partitions, events, seed, log);
        PipelineDrain.run(bootstrap, registryUrl, inputs, "warmup", StreamsConfig.EXACTLY_ONCE_V2, commitInterval,
                partitions, loaded.events());
        return loaded.events();
    }
}
