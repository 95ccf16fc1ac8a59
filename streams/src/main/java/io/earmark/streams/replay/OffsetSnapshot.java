package io.earmark.streams.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * One look at a running replay, taken in this order: the offsets its consumer group has committed, then the end
 * offsets (read_committed) of every partition it reads and writes. {@code sources} are the partitions its tasks read:
 * input topics, repartition topics and the kickback-signals topic.
 */
public record OffsetSnapshot(Set<TopicPartition> sources, Map<TopicPartition, Long> committed,
                             Map<TopicPartition, Long> ends) {

    public OffsetSnapshot {
        sources = Set.copyOf(sources);
        committed = Map.copyOf(committed);
        ends = Map.copyOf(ends);
    }

    /**
     * Takes one look: the group's committed offsets first, then the read_committed end offsets of {@code sources} and
     * {@code outputs} (the order matters: see {@link CompletionWatcher}). Each admin call waits at most
     * {@code timeout}.
     */
    public static OffsetSnapshot take(Admin admin, String groupId, Set<TopicPartition> sources,
                                      Set<TopicPartition> outputs, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).forEach((p, o) -> {
                    if (o != null) {
                        committed.put(p, o.offset());
                    }
                });
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        sources.forEach(p -> wanted.put(p, OffsetSpec.latest()));
        outputs.forEach(p -> wanted.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(wanted, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).forEach((p, info) -> ends.put(p, info.offset()));
        return new OffsetSnapshot(sources, committed, ends);
    }

    /** Records written to a source partition and not yet processed and committed; a missing commit counts as 0. */
    public long lag() {
        long lag = 0;
        for (TopicPartition p : sources) {
            lag += Math.max(0, ends.getOrDefault(p, 0L) - committed.getOrDefault(p, 0L));
        }
        return lag;
    }

    /** Everything written to every source partition has been processed, and the processing committed. */
    public boolean settled(Set<TopicPartition> required) {
        return sources.containsAll(required) && lag() == 0;
    }

    /**
     * Done: this look and the one before are both settled, over the same partitions, and nothing was written anywhere
     * in between (the end offsets, outputs included, are the same).
     */
    public boolean confirms(OffsetSnapshot previous, Set<TopicPartition> required) {
        return previous != null && previous.settled(required) && settled(required)
                && previous.sources.equals(sources) && previous.ends.equals(ends);
    }
}
