package io.earmark.bench;

import io.earmark.bench.phases.Drain;
import io.earmark.bench.phases.LatencyProbe;
import io.earmark.bench.phases.PassThroughHop;
import io.earmark.bench.phases.PipelineDrain;
import io.earmark.bench.phases.PipelineWarmup;
import io.earmark.bench.phases.Preload;
import io.earmark.deploy.LocalStack;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.EventDecoder;
import io.earmark.streams.topology.TopicNames;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One benchmark run on one local broker, every stage measured against the same pre-loaded backlog: L0 (raw drain),
 * L1 (drain and decode), L2 (exactly-once pass-through hop), an unmeasured warm-up drain of the pipeline on other
 * events ({@link PipelineWarmup}), S (the pipeline, exactly-once and at-least-once), then
 * the latency probe at a share of S (or a fixed rate), on the simulated mix or on diversions only. Progress goes to {@code log}; the figures to a {@link BenchReport}.
 */
public final class BenchRun {

    private static final Throughput NONE = new Throughput(0, 0);

    private BenchRun() {
    }

    public static BenchReport run(BenchOptions options, PrintStream log) throws Exception {
        Phases phases = Phases.fromSystemProperties();
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, options.partitions(), false))) {
            String bootstrap = stack.bootstrapServers();
            SchemaRegistryClient registry = new HttpSchemaRegistryClient(stack.registryUrl());
            int p = options.partitions();
            TopicNames inputs = BenchTopics.named("input");
            BenchTopics.create(bootstrap, inputs, p, false);

            log.printf("pre-loading %,d simulated events on %d partitions...%n", options.events(), p);
            Preload.Result loaded = Preload.run(bootstrap, registry, inputs, p, options.events(), options.seed(), log);
            List<String> inputTopics = List.of(inputs.funds(), inputs.movements(), inputs.assets());
            long records = loaded.records();

            Throughput l0 = NONE;
            if (phases.runs("l0")) {
                log.println("L0: raw drain...");
                l0 = Drain.run(bootstrap, inputTopics, p, records, r -> { });
                log.printf("  %,.0f records/s%n", l0.perSecond());
            }
            Throughput l1 = NONE;
            if (phases.runs("l1")) {
                log.println("L1: drain and decode...");
                EventDecoder decoder = new EventDecoder(registry);
                l1 = Drain.run(bootstrap, inputTopics, p, records, r -> decoder.decode(r.value()));
                log.printf("  %,.0f records/s%n", l1.perSecond());
            }
            Throughput l2 = NONE;
            if (phases.runs("l2")) {
                log.println("L2: exactly-once pass-through hop...");
                BenchTopics.createAll(bootstrap, inputTopics.stream()
                        .map(t -> BenchTopics.kept(PassThroughHop.outputOf(t), p)).toList());
                l2 = PassThroughHop.run(bootstrap, registry, inputTopics, records, options.commitInterval());
                log.printf("  %,.0f records/s%n", l2.perSecond());
            }

            long warmup = 0;
            if (phases.runs("warmup") && (phases.runs("eos") || phases.runs("alos"))) {
                warmup = PipelineWarmup.run(bootstrap, stack.registryUrl(), registry, p,
                        PipelineWarmup.events(options.events()), options.seed() + 1, options.commitInterval(), log);
            }
            PipelineDrain.Result eos = pipeline(phases, "eos", StreamsConfig.EXACTLY_ONCE_V2, stack, inputs, loaded,
                    options, log);
            PipelineDrain.Result alos = pipeline(phases, "alos", StreamsConfig.AT_LEAST_ONCE, stack, inputs, loaded,
                    options, log);

            double measured = eos.throughput().perSecond() > 0 ? eos.throughput().perSecond()
                    : alos.throughput().perSecond();
            double rate = options.latencyRate() > 0 ? options.latencyRate()
                    : Math.max(10, measured * options.latencyLoadShare());
            Histogram latency = new Histogram(60_000_000L, 3);
            if (phases.runs("latency")) {
                log.printf("latency: open-loop load (%s) at %,.0f events/s for %ds...%n",
                        options.latencyWorkload().description(), rate, options.latencyDuration().toSeconds());
                latency = LatencyProbe.run(bootstrap, stack.registryUrl(), registry, p, options.commitInterval(),
                        options.latencyWorkload(), rate, options.latencyDuration(), options.seed(), log);
            }

            return new BenchReport(Instant.now().toString(), AppInfoParser.getVersion(),
                    Runtime.getRuntime().availableProcessors(), p, options.commitInterval().toMillis(),
                    loaded.events(), warmup, loaded.valueBytes(), l0, l1, l2, eos.throughput(), alos.throughput(),
                    eos.cpuMicrosPerEvent(), alos.cpuMicrosPerEvent(), eos.work(), alos.work(), rate,
                    options.latencyDuration().toSeconds(), options.latencyWorkload(), latency);
        }
    }

    /** S under one guarantee; a drain that does not finish in time is reported (and counted as 0), not thrown. */
    private static PipelineDrain.Result pipeline(Phases phases, String run, String guarantee, LocalStack stack,
                                                 TopicNames inputs, Preload.Result loaded, BenchOptions options,
                                                 PrintStream log) throws Exception {
        if (!phases.runs(run)) {
            return new PipelineDrain.Result(NONE, 0, BrokerWork.NONE);
        }
        log.println("S: pipeline, " + guarantee + "...");
        try {
            PipelineDrain.Result result = PipelineDrain.run(stack.bootstrapServers(), stack.registryUrl(), inputs, run,
                    guarantee, options.commitInterval(), options.partitions(), loaded.events());
            log.printf("  %,.0f events/s, %.0f µs CPU per event, %.2f records and %.0f bytes appended per event%n",
                    result.throughput().perSecond(), result.cpuMicrosPerEvent(),
                    result.work().total().records() / (double) loaded.events(),
                    result.work().total().bytes() / (double) loaded.events());
            return result;
        } catch (IllegalStateException e) {
            log.println("  did not finish: " + e.getMessage());
            return new PipelineDrain.Result(NONE, 0, BrokerWork.NONE);
        }
    }
}
