package io.earmark.streams.state;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A key-value store seen through decoded values. In: gets and puts of one stage task. Out: the same values in the
 * store, written at {@link #flush()} instead of at every put. Why: a fund's ledger grows with its events (assets,
 * journey, applied ids), and decoding it on every read and encoding it on every write made the ledger's JSON the
 * pipeline's main cost; now a value read recently is not decoded again, and a value changed many times between two
 * commits is encoded once.
 * <p>
 * Values are changed in place, so a change can be taken back: between {@link #begin()} and {@link #settle()} the
 * first read of each key remembers how to restore it, and {@link #rollBack()} restores them, as if nothing had been
 * read or written since {@code begin}. That is how a record whose processing fails leaves no half-made change behind.
 * A key changed since the last flush keeps a copy of its value (made by the {@code copier}); a key not changed since
 * then needs none, because the store still holds its value: rolling it back forgets the decoded value, and the next
 * read decodes the store's again. (Copying a large value, a fund ledger with its applied event ids or an owner with
 * its assets, on every first read was about a tenth of the stream thread's time in a profile of the simulated mix.)
 * <p>
 * The stage flushes just before each commit (see {@link CommitFlushedStore}), so a commit captures every change. The
 * task makes a new {@code CachedStore} whenever it is initialised, so a task that is revived after a failure never
 * sees values of the aborted transaction. A caller must {@link #put} every value it changes.
 */
public final class CachedStore<V> {

    private final KeyValueStore<String, V> store;
    private final int capacity;
    private final UnaryOperator<V> copier;
    private final Map<String, V> recent;
    private final Set<String> dirty = new LinkedHashSet<>();
    /** Keys deleted since the last flush: the store still holds their values until then. */
    private final Set<String> deleted = new HashSet<>();
    /**
     * While a unit of work is open: per key read, its value before and whether it was dirty. A null value means "as
     * in the store": the key had no value, or had not changed since the last flush.
     */
    private final Map<String, Before<V>> undo = new HashMap<>();
    private boolean open;

    private record Before<V>(V value, boolean dirty, boolean deleted) {
    }

    public CachedStore(KeyValueStore<String, V> store, int capacity, UnaryOperator<V> copier) {
        this.store = store;
        this.capacity = capacity;
        this.copier = copier;
        this.recent = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true);
    }

    /** The value for {@code key}, or null; mutating it is only kept when followed by {@link #put}. */
    public V get(String key) {
        if (deleted.contains(key)) {
            remember(key, null);
            return null;
        }
        V value = recent.get(key);
        if (value == null) {
            value = store.get(key);
            if (value != null) {
                recent.put(key, value);
            }
        }
        remember(key, value);
        return value;
    }

    public void put(String key, V value) {
        remember(key, recent.get(key));
        deleted.remove(key);
        recent.put(key, value);
        dirty.add(key);
    }

    /** Deletes {@code key}'s value: from now on it reads as absent, and the flush deletes it from the store. */
    public void delete(String key) {
        remember(key, recent.get(key));
        recent.remove(key);
        dirty.remove(key);
        deleted.add(key);
    }

    /** Opens a unit of work: from now on every change can be taken back by {@link #rollBack()}. */
    public void begin() {
        undo.clear();
        open = true;
    }

    /** Keeps the unit's changes. */
    public void settle() {
        undo.clear();
        open = false;
    }

    /** Takes back every change since {@link #begin()}. */
    public void rollBack() {
        undo.forEach((key, before) -> {
            if (before.value() == null) {
                recent.remove(key);
            } else {
                recent.put(key, before.value());
            }
            if (before.dirty()) {
                dirty.add(key);
            } else {
                dirty.remove(key);
            }
            if (before.deleted()) {
                deleted.add(key);
            } else {
                deleted.remove(key);
            }
        });
        undo.clear();
        open = false;
    }

    /** Writes every value put since the last flush, then forgets the least recently used beyond the capacity. */
    public void flush() {
        deleted.forEach(store::delete);
        deleted.clear();
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

    private void remember(String key, V value) {
        if (open && !undo.containsKey(key)) {
            boolean changed = dirty.contains(key);
            undo.put(key, new Before<>(changed && value != null ? copier.apply(value) : null, changed,
                    deleted.contains(key)));
        }
    }
}
