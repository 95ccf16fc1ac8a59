package io.earmark.app;

import io.earmark.schema.CaseEvent;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.schemas.serde.DecodingException;
import io.earmark.streams.cases.CaseFold;
import io.earmark.streams.cases.Decision;
import io.earmark.streams.oversight.ReportSource;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the cases topic once, whole, into a {@link CaseFold}. In: the client settings, the registry and the topic.
 * Out: every case as of the end offsets seen when the read began, and what the read met. A consumer of its own (no
 * group, nothing committed, {@code read_committed}) reads partition after partition, each from its beginning to
 * that end, so the fold sees every alert's acts in topic order and the same topic gives the same fold. A record
 * whose bytes are no CaseEvent is counted and skipped; an act the case rules refuse is counted, as the case table
 * would refuse it. A registry that cannot be reached fails the read (skipping every record would be a wrong report).
 */
final class CaseTopicReader {

    static final int PROGRESS_EVERY = 10_000;
    private static final Duration POLL = Duration.ofMillis(500);
    /** How long a partition may give nothing before its end while the read waits. */
    private static final Duration STALL = Duration.ofMinutes(2);

    record Result(CaseFold fold, ReportSource source) {
    }

    private CaseTopicReader() {
    }

    static Result read(Properties clientSettings, String registryUrl, String topic, PrintWriter progress) {
        Properties props = new Properties();
        props.putAll(clientSettings);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "earmark-report");
        AvroDeserializer<CaseEvent> decoder = new AvroDeserializer<>(new HttpSchemaRegistryClient(registryUrl),
                CaseEvent.class);
        CaseFold fold = new CaseFold();
        Counts counts = new Counts();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> ends.get(p) - starts.get(p)).sum();
            progress.println("report: reading " + topic + " (" + partitions.size() + " partitions, up to " + total
                    + " records)");
            progress.flush();
            for (TopicPartition partition : partitions) {
                consumer.assign(List.of(partition));
                consumer.seek(partition, starts.get(partition));
                long end = ends.get(partition);
                long lastProgress = System.nanoTime();
                while (consumer.position(partition) < end) {
                    boolean any = false;
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                        if (record.offset() >= end) {
                            break;
                        }
                        any = true;
                        apply(fold, decoder, topic, record.value(), counts);
                        if (counts.records % PROGRESS_EVERY == 0) {
                            progress.println("report: read " + counts.records + " of up to " + total + " records");
                            progress.flush();
                        }
                    }
                    if (any) {
                        lastProgress = System.nanoTime();
                    } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                        throw new IllegalStateException("no record of " + partition + " for " + STALL.toMinutes()
                                + " minutes, at offset " + consumer.position(partition) + " of " + end);
                    }
                }
            }
        }
        return new Result(fold,
                new ReportSource(topic, counts.records, counts.undecodable, counts.refused, counts.repeated));
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist (or this client may not describe it)");
        }
        return infos.stream().map(p -> new TopicPartition(topic, p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private static void apply(CaseFold fold, AvroDeserializer<CaseEvent> decoder, String topic, byte[] value,
            Counts counts) {
        counts.records++;
        CaseEvent act;
        try {
            act = decoder.deserialize(topic, value);
        } catch (DecodingException e) {
            counts.undecodable++;
            return;
        }
        if (act == null) {
            counts.undecodable++; // a tombstone: no act
            return;
        }
        Decision decision = fold.apply(act);
        if (decision instanceof Decision.Refused) {
            counts.refused++;
        } else if (decision instanceof Decision.Repeated) {
            counts.repeated++;
        }
    }

    /** What the read met so far. */
    private static final class Counts {
        long records;
        long undecodable;
        long refused;
        long repeated;
    }
}
