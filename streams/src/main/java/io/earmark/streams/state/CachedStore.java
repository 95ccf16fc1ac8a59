package io.earmark.streams.state;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A key-value store seen through decoded values. In: gets and puts of one stage task. Out: the same values in the
 * store, written at {@link #flush()} instead of at every put. Why: a fund's ledger grows with its events (assets,
 * journey, applied ids), and decoding it on every read and encoding it on every write made the ledger's JSON the
 * pipeline's main cost; now a value read recently is not decoded again, and a value changed many times between two
 * commits is encoded once.
 * <p>
 * The stage flushes just before each commit (see {@link CommitFlushedStore}), so a commit captures every change. The
 * task makes a new {@code CachedStore} whenever it is initialised, so a task that is revived after a failure never
 * sees values of the aborted transaction. A caller must {@link #put} every value it changes.
 */
public final class CachedStore<V> {

    private final KeyValueStore<String, V> store;
    private final int capacity;
    private final Map<String, V> recent;
    private final Set<String> dirty = new LinkedHashSet<>();

    public CachedStore(KeyValueStore<String, V> store, int capacity) {
        this.store = store;
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true);
    }

    /** The value for {@code key}, or null; mutating it is only kept when followed by {@link #put}. */
    public V get(String key) {
        V value = recent.get(key);
        if (value == null) {
            value = store.get(key);
            if (value != null) {
                recent.put(key, value);
            }
        }
        return value;
    }

    public void put(String key, V value) {
        recent.put(key, value);
        dirty.add(key);
    }

    /** Writes every value put since the last flush, then forgets the least recently used beyond the capacity. */
    public void flush() {
        for (String key : dirty) {
            store.put(key, recent.get(key));
        }
        dirty.clear();
        var oldest = recent.keySet().iterator();
        while (recent.size() > capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
