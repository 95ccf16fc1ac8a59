package io.earmark.streams.state;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The keys of a store whose key order is processing order, mirrored in memory so that finding the earliest keys
 * never opens a RocksDB iterator (which would step over every deleted key since the last compaction). Loaded from
 * the store when a task starts (after restoration), then kept in step by every put and delete made through it.
 */
public final class SortedKeys<V> {

    private final KeyValueStore<String, V> store;
    private final NavigableSet<String> keys = new TreeSet<>();

    public SortedKeys(KeyValueStore<String, V> store) {
        this.store = store;
        try (var it = store.all()) {
            it.forEachRemaining(kv -> keys.add(kv.key));
        }
    }

    public void put(String key, V value) {
        store.put(key, value);
        keys.add(key);
    }

    public V get(String key) {
        return store.get(key);
    }

    public void delete(String key) {
        store.delete(key);
        keys.remove(key);
    }

    /** Up to {@code max} keys below {@code upperExclusive}, earliest first. */
    public List<String> firstBelow(String upperExclusive, int max) {
        List<String> found = new ArrayList<>();
        for (String key : keys.headSet(upperExclusive, false)) {
            if (found.size() == max) {
                break;
            }
            found.add(key);
        }
        return found;
    }

    public int size() {
        return keys.size();
    }
}
