package io.earmark.streams.replay;

import java.util.Map;
import java.util.Set;
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
