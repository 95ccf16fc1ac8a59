package io.earmark.streams.replay;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.serde.DecodingException;
import io.earmark.schemas.serde.EventDecoder;
import io.earmark.schemas.validation.EventValidator;
import io.earmark.streams.topology.TopicNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the events of an event-time range [from, to] out of input topics, without a consumer group (nothing is
 * committed, no live offset moves). Per partition it starts at the first record with a timestamp ≥ from
 * ({@code offsetsForTimes}) and stops at the first record with a timestamp > to + {@code lateness} (or at the end of
 * the partition as of the start of the read): events that arrived up to {@code lateness} late are still found. Kept:
 * records whose event decodes, is valid, and has an eventTime within [from, to]; heartbeats and anything the live
 * pipeline dead-lettered are left out (counted). Out: the kept records, each partition in its original order.
 */
public final class TopicSlice {

    /** The slice and what was left out of it. */
    public record Result(List<SliceRecord> records, long heartbeats, long outOfRange, long undecodable) {
    }

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);

    private TopicSlice() {
    }

    public static Result read(ReplayCluster cluster, TopicNames source, Instant from, Instant to,
                              Duration lateness) {
        Map<String, Class<? extends SpecificRecord>> types = Map.of(source.funds(), FundEarmarked.class,
                source.movements(), FundMovement.class, source.assets(), AssetRegistered.class);
        Properties props = cluster.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        EventDecoder decoder = new EventDecoder(cluster.registry());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(source.funds(), source.movements(), source.assets())) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> start = offsetsAt(consumer, partitions, from.toEpochMilli());
            Map<TopicPartition, Long> stop = offsetsAt(consumer, partitions,
                    to.plus(lateness).toEpochMilli() + 1);
            start.forEach(consumer::seek);
            return collect(consumer, decoder, types, stop, from, to);
        }
    }

    /** Per partition, the first offset with a timestamp ≥ {@code time}, or the end offset when there is none. */
    private static Map<TopicPartition, Long> offsetsAt(KafkaConsumer<byte[], byte[]> consumer,
                                                       List<TopicPartition> partitions, long time) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(p -> query.put(p, time));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition p : partitions) {
            OffsetAndTimestamp at = found.get(p);
            offsets.put(p, at == null ? ends.get(p) : at.offset());
        }
        return offsets;
    }

    private static Result collect(KafkaConsumer<byte[], byte[]> consumer, EventDecoder decoder,
                                  Map<String, Class<? extends SpecificRecord>> types,
                                  Map<TopicPartition, Long> stop, Instant from, Instant to) {
        List<SliceRecord> kept = new ArrayList<>();
        long heartbeats = 0;
        long outOfRange = 0;
        long undecodable = 0;
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (stop.keySet().stream().anyMatch(p -> consumer.position(p) < stop.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot read the slice within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                TopicPartition p = new TopicPartition(r.topic(), r.partition());
                if (r.offset() >= stop.get(p)) {
                    continue;
                }
                SpecificRecord event = decode(decoder, r.value());
                if (event instanceof Heartbeat) {
                    heartbeats++;
                } else if (!types.get(r.topic()).isInstance(event) || !EventValidator.violations(event).isEmpty()) {
                    undecodable++;
                } else if (outside(InputEvents.eventTime(event), from, to)) {
                    outOfRange++;
                } else {
                    kept.add(new SliceRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value(),
                            r.timestamp(), r.headers(), event));
                }
            }
            stop.keySet().stream().filter(p -> consumer.position(p) >= stop.get(p)).toList()
                    .forEach(p -> consumer.pause(List.of(p)));
        }
        return new Result(kept, heartbeats, outOfRange, undecodable);
    }

    private static SpecificRecord decode(EventDecoder decoder, byte[] value) {
        try {
            return value == null ? null : decoder.decode(value);
        } catch (DecodingException e) {
            return null;
        }
    }

    private static boolean outside(Instant time, Instant from, Instant to) {
        return time.isBefore(from) || time.isAfter(to);
    }
}
