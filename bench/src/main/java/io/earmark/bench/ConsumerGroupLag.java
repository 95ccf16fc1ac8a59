package io.earmark.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group (a Kafka Streams application) is behind on every partition it has committed on:
 * the sum of end offset minus committed offset. Zero for a while with committed offsets that no longer move, and
 * every input partition committed, means the application has drained everything written so far, its own
 * repartition topics included.
 */
final class ConsumerGroupLag {

    private ConsumerGroupLag() {
    }

    /** The lag and the sum of committed offsets (which stops moving once the application is idle). */
    record Snapshot(long lag, long committed) {
    }

    static Snapshot snapshot(Admin admin, String groupId, int expectedPartitions) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get();
            if (committed.size() < expectedPartitions) {
                return new Snapshot(Long.MAX_VALUE, -1);
            }
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            committed.keySet().forEach(tp -> request.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(request).all().get();
            long lag = 0;
            long sum = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                // a transactional partition ends with a commit marker the consumer may not have stepped over
                lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset() - 1);
                sum += e.getValue().offset();
            }
            return new Snapshot(lag, sum);
        } catch (ExecutionException e) {
            return new Snapshot(Long.MAX_VALUE, -1);
        }
    }
}
