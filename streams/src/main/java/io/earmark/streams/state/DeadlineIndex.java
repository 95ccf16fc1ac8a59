package io.earmark.streams.state;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;

/** Pending deadlines of a core task, in firing order, backed by the {@code fund-deadlines} store. */
public final class DeadlineIndex {

    private static final int BATCH = 500;

    private final SortedKeys<Long> keys;

    public DeadlineIndex(KeyValueStore<String, Long> store) {
        this.keys = new SortedKeys<>(store);
    }

    public void add(Deadline deadline) {
        keys.put(deadline.key(), deadline.at());
    }

    /** The deadlines strictly before {@code limit} (a batch at a time), removed from the index. */
    public List<Deadline> takeBefore(long limit) {
        List<Deadline> due = new ArrayList<>();
        for (String key : keys.firstBelow(OrderKeys.time(limit), BATCH)) {
            due.add(Deadline.parse(key));
            keys.delete(key);
        }
        return due;
    }
}
