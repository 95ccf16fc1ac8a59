package io.earmark.bench.phases;

import io.earmark.bench.BenchTopics;
import io.earmark.bench.DrainWatcher;
import io.earmark.bench.ExtraSettings;
import io.earmark.schema.Channel;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
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
 * alerts topic stamps LogAppendTime; a ticker sends wall-clock heartbeats to every input partition (5 a second); a
 * generator
 * sends diversions (each raises a DIVERTED_FUNDS alert at once) at {@code rate} per second, each with its intended
 * send time as eventTime. Latency = the alert record's LogAppendTime − the alert's detectedAt (= that eventTime), so
 * a generator that falls behind is charged for it. The generator starts once the pipeline knows every fund (see
 * {@link FundsKnown}); the first fifth of the run is warm-up and not recorded.
 */
public final class LatencyProbe {

    private static final String BANK = "990740000683";
    private static final String OUTSIDER = "770101300999";
    private static final int FUNDS = 500;
    /**
     * Heartbeats only move the stages' watermarks (the diversions' alerts do not wait for them once the funds are
     * known); every 20 ms on every partition they flooded the stages with watermark records (each stage passes its
     * watermark to every partition downstream) until the pipeline fell behind and no alert came out.
     */
    private static final long HEARTBEAT_MS = 200;

    private LatencyProbe() {
    }

    public static Histogram run(String bootstrap, String registryUrl, SchemaRegistryClient registry, int partitions,
                                Duration commitInterval, double rate, Duration duration, PrintStream log)
            throws Exception {
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
        AvroSerializer<SpecificRecord> values = new AvroSerializer<>(registry, false);
        Histogram histogram = new Histogram(60_000_000L, 3);
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
            for (int f = 0; f < FUNDS; f++) {
                producer.send(new ProducerRecord<>(topics.funds(), null, now.toEpochMilli(), "LAT-" + f, fund(f, now)));
            }
            producer.flush();
            if (!FundsKnown.await(bootstrap, topics.fundStatus(), partitions, FUNDS, Duration.ofMinutes(2))) {
                log.println("  the pipeline did not apply the earmarks within 2 minutes; measuring anyway");
            }
            long sendStart = System.currentTimeMillis() + 500;
            long total = (long) (rate * duration.toSeconds());
            long warmupEnd = sendStart + duration.toMillis() / 5;
            long received = 0;
            for (long i = 0; i < total; i++) {
                long intended = sendStart + (long) (i * 1000 / rate);
                long waitNanos = (intended - System.currentTimeMillis()) * 1_000_000L;
                if (waitNanos > 0) {
                    LockSupport.parkNanos(waitNanos);
                }
                String fundId = "LAT-" + (i % FUNDS);
                producer.send(new ProducerRecord<>(topics.movements(), null, intended, fundId,
                        diversion("lat-" + i, fundId, intended)));
                if (i % 1000 == 0) {
                    received += collect(alerts, histogram, warmupEnd, Duration.ZERO);
                }
            }
            producer.flush();
            long drainDeadline = System.currentTimeMillis() + 30_000;
            while (received < total && System.currentTimeMillis() < drainDeadline) {
                received += collect(alerts, histogram, warmupEnd, Duration.ofMillis(200));
            }
            log.printf("  latency: %,d events sent, %,d alerts received%n", total, received);
            return histogram;
        } finally {
            ticker.shutdownNow();
        }
    }

    private static long collect(KafkaConsumer<String, FundAlert> consumer, Histogram histogram, long warmupEnd,
                                Duration wait) {
        long n = 0;
        for (ConsumerRecord<String, FundAlert> record : consumer.poll(wait)) {
            long detected = record.value().getDetectedAt().toEpochMilli();
            if (detected >= warmupEnd) {
                histogram.recordValue(Math.max(0, record.timestamp() - detected) * 1_000L);
            }
            n++;
        }
        return n;
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

    private static FundEarmarked fund(int f, Instant at) {
        return FundEarmarked.newBuilder().setEventId("E-LAT-" + f).setFundId("LAT-" + f)
                .setProgramme(Programme.AUYL_AMANATY).setOperatorId("010140003594")
                .setBeneficiaryId(String.format("8503123%05d", f)).setFinancialOrgId(BANK).setAmount(1_000_000_00L)
                .setPurpose(Purpose.LIVESTOCK).setApprovedSellers(List.of("120540012345")).setExpectedAssetCount(0)
                .setDeclaredAssetValue(1_000_000_00L).setMaxIdleHours(72).setRegistrationDeadlineDays(30)
                .setEventTime(at).build();
    }

    private static FundMovement diversion(String eventId, String fundId, long at) {
        return FundMovement.newBuilder().setEventId(eventId).setFundId(fundId).setBankId("HSBKKZKX").setFromId(BANK)
                .setToId(OUTSIDER).setAmount(100_00L).setChannel(Channel.TRANSFER).setEventTime(Instant.ofEpochMilli(at))
                .build();
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
