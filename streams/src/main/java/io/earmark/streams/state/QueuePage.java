package io.earmark.streams.state;

import java.util.List;
import java.util.Map;

/**
 * What a {@link PagedQueue} keeps in its store: pages of entries, each written once, and one floor record saying
 * which of the pages' entries are still queued.
 */
public sealed interface QueuePage<V> {

    /** Entries that were queued at one commit, in key order; some may have left the queue since. */
    record Entries<V>(List<Map.Entry<String, V>> entries) implements QueuePage<V> {
        public Entries {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Every entry with a key up to {@code through} has left the queue, except those named in {@code heldBelow}
     * (entries queued after later keys had left, as a late event that must wait). {@code through} is null when no
     * entry has left yet.
     */
    record Floor<V>(String through, List<String> heldBelow) implements QueuePage<V> {
        public Floor {
            heldBelow = List.copyOf(heldBelow);
        }

        /** Whether a page entry under {@code key} is still queued. */
        boolean keeps(String key) {
            return through == null || key.compareTo(through) > 0 || heldBelow.contains(key);
        }
    }
}
