package io.earmark.streams.state;

import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * A key-value store whose processor keeps decoded values in memory and writes them here just before each commit.
 * In: the processor's hook ({@link #beforeCommit}); out: the hook runs when Kafka Streams flushes the task's stores
 * for a commit (and before a clean close), ahead of the store's own cache and changelog. Everything else passes
 * straight through, so interactive queries read the last values written (at most one commit interval old).
 * <p>
 * Kafka Streams has no public "before commit" callback for processors; the flush of the task's stores is where the
 * record cache it owns does the same, through {@link WrappedStateStore}.
 */
public final class CommitFlushedStore<V> extends WrappedStateStore<KeyValueStore<String, V>, String, V>
        implements KeyValueStore<String, V> {

    private static final Runnable NOTHING = () -> { };

    private volatile Runnable beforeCommit = NOTHING;

    public CommitFlushedStore(KeyValueStore<String, V> inner) {
        super(inner);
    }

    /** The store behind {@code store} as a processor gets it, or null when it is not one of these. */
    @SuppressWarnings("unchecked")
    public static <V> CommitFlushedStore<V> behind(StateStore store) {
        StateStore current = store;
        while (current != null) {
            if (current instanceof CommitFlushedStore<?> flushed) {
                return (CommitFlushedStore<V>) flushed;
            }
            current = current instanceof WrappedStateStore<?, ?, ?> wrapper ? wrapper.wrapped() : null;
        }
        return null;
    }

    /** Replaces the hook: what the processor must write before a commit captures this store. */
    public void beforeCommit(Runnable hook) {
        this.beforeCommit = hook == null ? NOTHING : hook;
    }

    @Override
    public void flushCache() {
        beforeCommit.run();
        super.flushCache();
    }

    @Override
    public void close() {
        beforeCommit = NOTHING;
        super.close();
    }

    @Override
    public void put(String key, V value) {
        wrapped().put(key, value);
    }

    @Override
    public V putIfAbsent(String key, V value) {
        return wrapped().putIfAbsent(key, value);
    }

    @Override
    public void putAll(List<KeyValue<String, V>> entries) {
        wrapped().putAll(entries);
    }

    @Override
    public V delete(String key) {
        return wrapped().delete(key);
    }

    @Override
    public V get(String key) {
        return wrapped().get(key);
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        return wrapped().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return wrapped().all();
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        return wrapped().reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS prefixKeySerializer) {
        return wrapped().prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return wrapped().approximateNumEntries();
    }
}
