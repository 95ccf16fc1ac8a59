package io.earmark.streams.topology;

import io.earmark.streams.model.Envelope;
import io.earmark.streams.state.KeyPartition;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Partitions envelopes on repartition topics: a watermark goes to every partition, everything else to the partition
 * Kafka's default partitioner picks for the key (murmur2 of its UTF-8 bytes), so that a fundId lands on the same
 * partition number as in the input topics.
 */
final class WatermarkPartitioner implements StreamPartitioner<String, Envelope> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, Envelope value, int numPartitions) {
        if (value != null && value.isWatermark()) {
            return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
        }
        return Optional.of(Set.of(byKey(key, numPartitions)));
    }

    static int byKey(String key, int numPartitions) {
        return KeyPartition.of(key, numPartitions);
    }
}
