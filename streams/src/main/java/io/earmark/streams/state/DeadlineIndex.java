package io.earmark.streams.state;

import java.util.ArrayList;
import java.util.List;

/**
 * Pending deadlines of a core task, in firing order: a {@link PagedQueue} over the {@code fund-deadlines} store, so
 * that a deadline costs one page entry when it outlives a commit, and nothing of its own when it fires.
 */
public final class DeadlineIndex {

    private static final int BATCH = 500;

    private final PagedQueue<Long> keys;

    public DeadlineIndex(PagedQueue<Long> keys) {
        this.keys = keys;
    }

    public void add(Deadline deadline) {
        keys.put(deadline.key(), deadline.at());
    }

    /** The deadlines strictly before {@code limit} (a batch at a time), removed from the index. */
    public List<Deadline> takeBefore(long limit) {
        String upper = OrderKeys.time(limit);
        List<Deadline> due = new ArrayList<>();
        for (String first = keys.firstKey(); due.size() < BATCH && first != null && first.compareTo(upper) < 0;
                first = keys.firstKey()) {
            due.add(Deadline.parse(first));
            keys.pollFirst();
        }
        return due;
    }
}
