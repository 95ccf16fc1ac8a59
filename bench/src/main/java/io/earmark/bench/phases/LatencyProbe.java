package io.earmark.bench.phases;

import io.earmark.bench.BenchTopics;
import io.earmark.bench.DrainWatcher;
import io.earmark.bench.ExtraSettings;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.app.EarmarkPipeline;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.topology.TopicNames;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Event-to-alert latency under a fixed open-loop load. A live pipeline (exactly-once) runs on fresh topics whose
 * alerts topic stamps LogAppendTime; a ticker sends wall-clock heartbeats to every input partition (5 a second).
 * Once the pipeline knows the phase's {@link ProbeFunds} (see {@link FundsKnown}), a generator sends {@code rate}
 * events per second, each stamped with its intended send time as eventTime: the {@link LatencyWorkload}'s load,
 * either the simulator's mix with one event in 20 a probe diversion ({@link MixWorkload}) or nothing but probe
 * diversions ({@link DiversionWorkload}). Each probe diversion raises a DIVERTED_FUNDS alert on arrival; latency =
 * that alert record's LogAppendTime − the alert's detectedAt (= the diversion's eventTime), so a generator that falls
 * behind is charged for it. Only probe alerts are timed; the mix's own alerts are counted. The first third of the
 * run is warm-up and not recorded (see {@link #WARMUP_SHARE_DIVISOR}); every 5 s the phase prints how the latest probes fared.
 *
 * <p>The mix's deadline-driven rules (idle funds, assets not registered in time) do not fire here: the simulated
 * days between a fund's events are compressed into the run's seconds, so no deadline comes due; the mix's alerts are
 * the ones raised on arrival.
 */
public final class LatencyProbe {

    /**
     * Heartbeats only move the stages' watermarks (the diversions' alerts do not wait for them once the funds are
     * known); every 20 ms on every partition they flooded the stages with watermark records (each stage passes its
     * watermark to every partition downstream) until the pipeline fell behind and no alert came out.
     */
    private static final long HEARTBEAT_MS = 200;
    /**
     * The part of the run that is warm-up. A fresh pipeline on fresh topics starts slowly: its code paths are still
     * being compiled, and its first transactions meet the broker's first-write checks on every partition. Measured on
     * the 2-core machine at 1,000 events/s, the probes' p50 was 0.9–1.6 s in the first 15 s and 150–250 ms from 25 s
     * on, so a fifth of a 30 s run measured the start rather than the pipeline.
     */
    static final int WARMUP_SHARE_DIVISOR = 3;
    /** How often the phase says how far it is and how the latest probes fared. */
    private static final long PROGRESS_MS = 5_000;

    private LatencyProbe() {
    }

    public static Histogram run(String bootstrap, String registryUrl, SchemaRegistryClient registry, int partitions,
                                Duration commitInterval, LatencyWorkload workload, double rate, Duration duration,
                                long seed, PrintStream log) throws Exception {
        String run = "latency-" + UUID.randomUUID().toString().substring(0, 8);
        TopicNames topics = BenchTopics.named(run);
        BenchTopics.create(bootstrap, topics, partitions, true);
        PipelineConfig config = PipelineConfig.of(ExtraSettings.over(Map.of(
                StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                PipelineConfig.REGISTRY_URL, registryUrl,
                StreamsConfig.APPLICATION_ID_CONFIG, "bench-" + run,
                StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("earmark-bench-latency").toString(),
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(commitInterval.toMillis()),
                StreamsConfig.REPLICATION_FACTOR_CONFIG, "1")));
        long total = (long) (rate * duration.toSeconds());
        ProbeLoad load = ProbeLoad.of(workload, total, seed, topics);
        AvroSerializer<SpecificRecord> values = new AvroSerializer<>(registry, false);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        try (EarmarkPipeline pipeline = new EarmarkPipeline(config, topics);
             KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(producerProps(bootstrap),
                     new StringSerializer(), values);
             KafkaConsumer<String, FundAlert> alerts = alertConsumer(bootstrap, registry, topics.alerts())) {
            pipeline.start();
            DrainWatcher.awaitState(pipeline.streams(), KafkaStreams.State.RUNNING, Duration.ofMinutes(2));
            ticker.scheduleAtFixedRate(() -> heartbeat(producer, topics, partitions), 0, HEARTBEAT_MS,
                    TimeUnit.MILLISECONDS);
            Instant now = Instant.now();
            for (int f = 0; f < ProbeFunds.COUNT; f++) {
                producer.send(new ProducerRecord<>(topics.funds(), null, now.toEpochMilli(), ProbeFunds.idOf(f),
                        ProbeFunds.earmark(f, now)));
            }
            producer.flush();
            if (!FundsKnown.await(bootstrap, topics.fundStatus(), partitions, ProbeFunds.COUNT,
                    Duration.ofMinutes(2))) {
                log.println("  the pipeline did not apply the earmarks within 2 minutes; measuring anyway");
            }
            long sendStart = System.currentTimeMillis() + 500;
            ProbeAlerts received = new ProbeAlerts(sendStart + duration.toMillis() / WARMUP_SHARE_DIVISOR);
            long nextProgress = sendStart + PROGRESS_MS;
            for (long i = 0; i < total; i++) {
                long intended = sendStart + (long) (i * 1000 / rate);
                long waitNanos = (intended - System.currentTimeMillis()) * 1_000_000L;
                if (waitNanos > 0) {
                    LockSupport.parkNanos(waitNanos);
                }
                producer.send(load.next(i, intended));
                if (i % 100 == 0) {
                    collect(alerts, received, Duration.ZERO);
                }
                if (System.currentTimeMillis() >= nextProgress) {
                    log.printf("  %2d s: %,d sent; %s%n", (nextProgress - sendStart) / 1000, i,
                            received.progressSinceLast());
                    nextProgress += PROGRESS_MS;
                }
            }
            producer.flush();
            long probes = load.probesAmong(total);
            long drainDeadline = System.currentTimeMillis() + 30_000;
            while (received.probes() < probes && System.currentTimeMillis() < drainDeadline) {
                collect(alerts, received, Duration.ofMillis(200));
            }
            if (workload == LatencyWorkload.DIVERSIONS) {
                log.printf("  latency: %,d events sent, %,d alerts received%n", total, received.probes());
            } else {
                log.printf("  latency: %,d events sent (%,d probe diversions), %,d probe alerts received, %,d other"
                        + " alerts from the mix%n", total, probes, received.probes(), received.others());
            }
            return received.histogram();
        } finally {
            ticker.shutdownNow();
        }
    }

    private static void collect(KafkaConsumer<String, FundAlert> consumer, ProbeAlerts received, Duration wait) {
        for (ConsumerRecord<String, FundAlert> record : consumer.poll(wait)) {
            FundAlert alert = record.value();
            received.accept(alert.getFundId(), alert.getDetectedAt().toEpochMilli(), record.timestamp());
        }
    }

    private static void heartbeat(KafkaProducer<String, SpecificRecord> producer, TopicNames topics, int partitions) {
        Instant now = Instant.now();
        for (String topic : List.of(topics.funds(), topics.movements(), topics.assets())) {
            for (int p = 0; p < partitions; p++) {
                producer.send(new ProducerRecord<>(topic, p, now.toEpochMilli(), null,
                        new Heartbeat("bench-latency", p, now)));
            }
        }
    }

    private static Properties producerProps(String bootstrap) {
        Properties props = Preload.props(bootstrap);
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        return props;
    }

    private static KafkaConsumer<String, FundAlert> alertConsumer(String bootstrap, SchemaRegistryClient registry,
                                                                  String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, FundAlert> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new AvroDeserializer<>(registry, FundAlert.class));
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}
