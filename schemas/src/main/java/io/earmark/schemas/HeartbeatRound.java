package io.earmark.schemas;

import io.earmark.schema.Heartbeat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;

/**
 * One round of heartbeats: a {@link Heartbeat} (source, partition, time) to every partition of each topic, addressed
 * explicitly, with a null key and record timestamp = {@code time}. Heartbeats are not events: they only tell the
 * pipeline that a partition is complete through {@code time}, so a sender must send them after every event at or
 * before that time, through the same producer. Used by the live ticker, the end of an ingest or a replay, and tests.
 */
public final class HeartbeatRound {

    private HeartbeatRound() {
    }

    /** Sends the round; each future completes when the broker acknowledged its heartbeat (or fails with why not). */
    public static List<CompletableFuture<RecordMetadata>> send(Producer<String, SpecificRecord> producer,
                                                               List<String> topics, Instant time, String source) {
        List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> partitions = new ArrayList<>(producer.partitionsFor(topic));
            partitions.sort(Comparator.comparingInt(PartitionInfo::partition));
            for (PartitionInfo p : partitions) {
                Heartbeat beat = new Heartbeat(source, p.partition(), time);
                CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
                producer.send(new ProducerRecord<>(topic, p.partition(), time.toEpochMilli(), null, beat),
                        (metadata, error) -> {
                            if (error != null) {
                                ack.completeExceptionally(error);
                            } else {
                                ack.complete(metadata);
                            }
                        });
                acks.add(ack);
            }
        }
        return acks;
    }
}
