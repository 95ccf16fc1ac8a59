package io.earmark.bench;

import io.earmark.bench.phases.Drain;
import io.earmark.bench.phases.LatencyProbe;
import io.earmark.bench.phases.PassThroughHop;
import io.earmark.bench.phases.PipelineDrain;
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
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One benchmark run on one local broker, every stage measured against the same pre-loaded backlog: L0 (raw drain),
 * L1 (drain and decode), L2 (exactly-once pass-through hop), S (the pipeline, exactly-once and at-least-once), then
 * the latency probe at a share of S. Progress goes to {@code log}; the figures to a {@link BenchReport}.
 */
public final class BenchRun {

    private BenchRun() {
    }

    public static BenchReport run(BenchOptions options, PrintStream log) throws Exception {
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

            log.println("L0: raw drain...");
            Throughput l0 = Drain.run(bootstrap, inputTopics, p, records, r -> { });
            log.printf("  %,.0f records/s%n", l0.perSecond());
            log.println("L1: drain and decode...");
            EventDecoder decoder = new EventDecoder(registry);
            Throughput l1 = Drain.run(bootstrap, inputTopics, p, records, r -> decoder.decode(r.value()));
            log.printf("  %,.0f records/s%n", l1.perSecond());
            log.println("L2: exactly-once pass-through hop...");
            BenchTopics.createAll(bootstrap, inputTopics.stream()
                    .map(t -> new NewTopic(PassThroughHop.outputOf(t), p, (short) 1)).toList());
            Throughput l2 = PassThroughHop.run(bootstrap, registry, inputTopics, records, options.commitInterval());
            log.printf("  %,.0f records/s%n", l2.perSecond());

            log.println("S: pipeline, exactly_once_v2...");
            PipelineDrain.Result eos = PipelineDrain.run(bootstrap, stack.registryUrl(), inputs, "eos",
                    StreamsConfig.EXACTLY_ONCE_V2, options.commitInterval(), p, loaded.events());
            log.printf("  %,.0f events/s%n", eos.throughput().perSecond());
            log.println("S: pipeline, at_least_once...");
            PipelineDrain.Result alos;
            try {
                alos = PipelineDrain.run(bootstrap, stack.registryUrl(), inputs, "alos", StreamsConfig.AT_LEAST_ONCE,
                        options.commitInterval(), p, loaded.events());
                log.printf("  %,.0f events/s%n", alos.throughput().perSecond());
            } catch (IllegalStateException e) {
                log.println("  did not finish: " + e.getMessage());
                alos = new PipelineDrain.Result(new Throughput(0, 0), 0);
            }

            double rate = Math.max(10, eos.throughput().perSecond() * options.latencyLoadShare());
            log.printf("latency: open-loop diversions at %,.0f events/s for %ds...%n", rate,
                    options.latencyDuration().toSeconds());
            Histogram latency = LatencyProbe.run(bootstrap, stack.registryUrl(), registry, p,
                    options.commitInterval(), rate, options.latencyDuration(), log);

            return new BenchReport(Instant.now().toString(), AppInfoParser.getVersion(),
                    Runtime.getRuntime().availableProcessors(), p, options.commitInterval().toMillis(),
                    loaded.events(), loaded.valueBytes(), l0, l1, l2, eos.throughput(), alos.throughput(),
                    eos.cpuMicrosPerEvent(), alos.cpuMicrosPerEvent(), rate, options.latencyDuration().toSeconds(),
                    latency);
        }
    }
}
